import { describe, expect, it } from 'vitest';
import { formatWarning, warningToJson, WarningCollector } from '../../src/sphinx/warnings.js';

describe('warnings as sphinx-build prints them', () => {
  it('file:line: LEVEL: message, with the offending source after a blank line', () => {
    expect(formatWarning({ file: '/src/a.rst', line: 7, level: 'ERROR', type: 'docutils', message: 'Unknown directive type "bogus".', detail: '.. bogus:: x' }))
      .toBe('/src/a.rst:7: ERROR: Unknown directive type "bogus".\n\n.. bogus:: x');
    expect(formatWarning({ file: '/src/a.rst', level: 'WARNING', type: 'toc', message: "document isn't included in any toctree" }))
      .toBe("/src/a.rst: WARNING: document isn't included in any toctree");
    expect(formatWarning({ level: 'WARNING', type: 'intersphinx', message: 'failed to reach any of the inventories' })).toBe('WARNING: failed to reach any of the inventories');
    expect(formatWarning({ file: '<rst_prolog>', line: 4, level: 'CRITICAL', type: 'docutils', message: 'x' }, { relativeTo: '/src' })).toBe('<rst_prolog>:4: CRITICAL: x');
    expect(formatWarning({ file: '/src/k8s/oom.rst', line: 3, level: 'WARNING', type: 'ref', message: "undefined label: 'x'" }, { relativeTo: '/src' })).toBe("k8s/oom.rst:3: WARNING: undefined label: 'x'");
  });

  it('as JSON objects with every field present', () => {
    expect(warningToJson({ file: '/src/a.rst', line: 2, level: 'WARNING', type: 'ref', message: 'm' }, { relativeTo: '/src' }))
      .toEqual({ file: 'a.rst', line: 2, column: null, level: 'warning', type: 'ref', message: 'm' });
    expect(warningToJson({ level: 'ERROR', type: 'config', message: 'm' })).toEqual({ file: null, line: null, column: null, level: 'error', type: 'config', message: 'm' });
  });

  it('collects per file', () => {
    const c = new WarningCollector();
    c.warn('ref', 'a', { file: '/x.rst', line: 1 });
    c.warn('ref', 'b', { file: '/y.rst' });
    c.warn('config', 'c');
    c.warn('ref', 'd', { file: '/x.rst', line: 9 });
    expect([...c.byFile()].map(([file, list]) => [file, list.map((w) => w.message)])).toEqual([['/x.rst', ['a', 'd']], ['/y.rst', ['b']], ['', ['c']]]);
  });
});
