// The diagnostic card: what a reader sees of a runbook check on the page.
import { describe, expect, it } from 'vitest';
import { el, text } from '../../src/doctree/builders.js';
import { createRenderer } from '../../src/render/index.js';
import '../../src/runbook/render.js';
import type { DiagnosticSpec } from '../../src/runbook/model.js';
import { validateDiagnostic } from '../../src/runbook/validate.js';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

function spec(dir: string, match: string[], kind: 'diagnostic' | 'check' = 'diagnostic'): DiagnosticSpec {
  const fixture = path.join(dir, 'out.txt');
  const healthy = path.join(dir, 'ok.txt');
  writeFileSync(fixture, 'ok line\nmkdir: cannot allocate memory\n');
  writeFileSync(healthy, 'ok line\n');
  return {
    kind, docname: 'k8s/x', source: '/x.rst', line: 3, title: 'mkdir fails', command: 'dmesg | tail', match,
    fixtures: [{ written: 'out.txt', path: fixture, candidates: [fixture] }],
    healthy: [{ written: 'ok.txt', path: healthy, candidates: [healthy] }],
    safe: true, timeoutSeconds: 5,
  };
}

async function card(s: DiagnosticSpec): Promise<string> {
  const validation = await validateDiagnostic(s);
  const node = el('diagnostic', { classes: ['diagnostic'] }, [el('title', {}, [text(s.title)]), el('paragraph', {}, [text('Why it matters.')])]);
  node.data = { diagnostic: s, validation, outputs: { 'out.txt': 'ok line\nmkdir: cannot allocate memory\n', 'ok.txt': 'ok line\n' } };
  const renderer = await createRenderer({ graphviz: false });
  return renderer.render(el('document', {}, [node]), { docname: 'k8s/x' }).html;
}

describe('diagnostic card', () => {
  it('shows the command with a copy button, the matchers in words, the outputs with the matched line, and a validated badge', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'rstro-card-'));
    const html = await card(spec(dir, ['contains "cannot allocate memory"']));
    expect(html).toContain('✓ validated against 2 recorded outputs');
    expect(html).toContain('data-copy-text="dmesg | tail"');
    expect(html).toContain("output contains 'cannot allocate memory'");
    expect(html).toMatch(/<span class="line hll">mkdir: cannot allocate memory<\/span>/);
    expect(html).toContain('Recorded on a healthy host: ok.txt');
    expect(html).toContain('read-only');
  });

  it('shows a red badge naming the failing matcher when the diagnostic does not validate', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'rstro-card-'));
    const html = await card(spec(dir, ['contains "no such text"']));
    expect(html).toContain('diagnostic-badge failed');
    expect(html).toContain('does not validate: out.txt: contains "no such text"');
  });

  it('does not repeat the named block\'s output for a check', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'rstro-card-'));
    const html = await card(spec(dir, ['contains "cannot allocate memory"'], 'check'));
    expect(html).not.toContain('Recorded during the incident');
    expect(html).toContain('Recorded on a healthy host');
  });
});
