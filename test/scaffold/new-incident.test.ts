import { mkdtempSync, readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { newIncident, labelFromTitle, ScaffoldError } from '../../src/scaffold/new-incident.js';
import { addToctreeEntry } from '../../src/scaffold/toctree-edit.js';
import { placeholderLines } from '../../src/scaffold/template.js';

function project() {
  const root = mkdtempSync(path.join(tmpdir(), 'rstro-new-'));
  const source = path.join(root, 'content');
  mkdirSync(path.join(source, 'kubernetes'), { recursive: true });
  writeFileSync(path.join(source, 'index.rst'), 'KB\n==\n\n.. toctree::\n   :caption: Kubernetes\n\n   kubernetes/index\n');
  writeFileSync(path.join(source, 'kubernetes', 'index.rst'), 'Kubernetes\n==========\n\nIntro.\n\n.. toctree::\n   :maxdepth: 1\n\n   old_page\n\nAfter the toctree.\n');
  writeFileSync(path.join(source, 'kubernetes', 'old_page.rst'), '.. _old_page:\n\nOld\n===\n');
  return { root, source, fixtures: path.join(root, 'literalinclude') };
}

describe('rstro new incident', () => {
  it('creates the page and fixture, and adds the page to the section toctree', () => {
    const p = project();
    const result = newIncident({ title: 'Pods stuck in ContainerCreating', section: 'kubernetes', sourceRoot: p.source, fixtureRoot: p.fixtures });
    expect(result.label).toBe('pods_stuck_in_containercreating');
    const page = readFileSync(path.join(p.source, 'kubernetes', 'pods_stuck_in_containercreating.rst'), 'utf8');
    expect(page.startsWith('.. _pods_stuck_in_containercreating:\n')).toBe(true);
    for (const heading of ['Symptoms', 'How to check', 'Cause', 'Fix', 'Verify', 'References']) expect(page).toContain(`\n${heading}\n`);
    expect(page).toContain('.. diagnostic::');
    expect(placeholderLines(page).length).toBeGreaterThan(5);
    expect(existsSync(path.join(p.fixtures, 'kubernetes', 'pods_stuck_in_containercreating', 'output.txt'))).toBe(true);
    const index = readFileSync(path.join(p.source, 'kubernetes', 'index.rst'), 'utf8');
    expect(index).toBe('Kubernetes\n==========\n\nIntro.\n\n.. toctree::\n   :maxdepth: 1\n\n   old_page\n   pods_stuck_in_containercreating\n\nAfter the toctree.\n');
  });

  it('refuses an existing label or file and changes nothing', () => {
    const p = project();
    const before = readFileSync(path.join(p.source, 'kubernetes', 'index.rst'), 'utf8');
    expect(() => newIncident({ title: 'x', label: 'old_page', section: 'kubernetes', sourceRoot: p.source, fixtureRoot: p.fixtures })).toThrow(ScaffoldError);
    newIncident({ title: 'Disk full', section: 'kubernetes', sourceRoot: p.source, fixtureRoot: p.fixtures });
    expect(() => newIncident({ title: 'Disk full', section: 'kubernetes', sourceRoot: p.source, fixtureRoot: p.fixtures })).toThrow(/already/);
    expect(readFileSync(path.join(p.source, 'kubernetes', 'index.rst'), 'utf8')).toBe(before.replace('   old_page\n', '   old_page\n   disk_full\n'));
  });

  it('creates a missing section index and links it from the parent', () => {
    const p = project();
    newIncident({ title: 'Conntrack table full', section: 'networking/conntrack', sourceRoot: p.source, fixtureRoot: p.fixtures });
    expect(readFileSync(path.join(p.source, 'networking', 'conntrack', 'index.rst'), 'utf8')).toContain('   conntrack_table_full\n');
    expect(readFileSync(path.join(p.source, 'networking', 'index.rst'), 'utf8')).toContain('   conntrack/index\n');
    expect(readFileSync(path.join(p.source, 'index.rst'), 'utf8')).toContain('   kubernetes/index\n   networking/index\n');
  });

  it('rejects sections that leave the source folder', () => {
    const p = project();
    expect(() => newIncident({ title: 'x y z', section: '../outside', sourceRoot: p.source, fixtureRoot: p.fixtures })).toThrow(/inside the source/);
  });

  it('derives labels from titles, with a dated label for titles without ASCII words', () => {
    expect(labelFromTitle('DNS: lookups time out (CoreDNS)')).toBe('dns_lookups_time_out_coredns');
    expect(labelFromTitle('内存分配错误', new Date('2026-11-27T10:00:00Z'))).toBe('incident_20261127');
  });

  it('adds an entry to a toctree that has options only', () => {
    expect(addToctreeEntry('T\n=\n\n.. toctree::\n   :maxdepth: 1\n', 'a').text).toBe('T\n=\n\n.. toctree::\n   :maxdepth: 1\n\n   a\n');
  });
});
