// The knowledge base's Markdown incident page: it parses without warnings, is
// in its section's toctree, and its matchers hold on the recorded incident
// output while failing on the healthy output.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/markdown/index.js';
import { createRegistries } from '../../src/rst/registries.js';
import { collectDiagnostics } from '../../src/runbook/collect.js';
import { register as registerRunbook } from '../../src/runbook/plugin.js';
import { validateDiagnostic } from '../../src/runbook/validate.js';
import { readConfFile } from '../../src/sphinx/conf.js';
import { registerSphinx } from '../../src/sphinx/directives/index.js';
import { projectForFile } from '../../src/sphinx/standalone.js';
import { all, messages } from './helpers.js';

const CONTENT = path.resolve(__dirname, '../../content');
const PAGE = path.join(CONTENT, 'storage/nfs_stale_file_handle.md');

function parsePage() {
  const project = projectForFile(PAGE);
  const registries = createRegistries();
  registerSphinx(registries, project);
  registerRunbook(registries, project);
  const { config } = readConfFile(CONTENT);
  const settings = { sourcePath: PAGE, autoIdPrefix: 'id', readFile: (file: string) => readFileSync(file, 'utf8') };
  return parseMarkdown(readFileSync(PAGE, 'utf8'), { settings, registries, config, docname: 'storage/nfs_stale_file_handle', srcdir: CONTENT });
}

describe('content/storage/nfs_stale_file_handle.md', () => {
  it('is listed in the storage toctree and parses without warnings', () => {
    expect(readFileSync(path.join(CONTENT, 'storage/index.rst'), 'utf8')).toMatch(/^ {3}nfs_stale_file_handle$/m);
    const root = parsePage();
    expect(messages(root).filter(([level]) => level >= 2)).toEqual([]);
    expect(all(root, 'target')[0].attributes.names).toEqual(['nfs_stale_file_handle']);
    expect(all(root, 'literal_block').length).toBeGreaterThanOrEqual(6);
  });

  it('has diagnostics whose matchers hold on the recorded outputs and fail on the healthy ones', async () => {
    const { specs, problems } = collectDiagnostics(parsePage());
    expect(problems).toEqual([]);
    expect(specs.map((s) => s.kind)).toEqual(['check', 'diagnostic']);
    for (const spec of specs) {
      expect(spec.fixtures.length).toBeGreaterThan(0);
      expect(spec.healthy.length).toBeGreaterThan(0);
      const result = await validateDiagnostic(spec);
      expect(result.failures, spec.title).toEqual([]);
      expect(result.results.map((r) => [r.kind, r.ok])).toEqual([...spec.fixtures.map(() => ['fixture', true]), ...spec.healthy.map(() => ['healthy', true])]);
    }
    // The diagnostic's matchers (one per continuation line) were all read.
    expect(specs[1].match).toEqual(["regex /cannot statx? '[^']+': Stale file handle/", 'not-contains "File:"']);
  });
});
