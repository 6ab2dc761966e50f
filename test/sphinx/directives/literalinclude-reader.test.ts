// Behaviours of literalinclude's options, checked against what sphinx-build 5.3
// produces for the same file and options (observed, then written down here).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readLiteralInclude, type LiteralIncludeOptions, expandTabs, splitKeepEnds } from '../../../src/sphinx/directives/literalinclude-reader.js';

const fixtures = new URL('../fixtures/', import.meta.url);
const files: Record<string, Uint8Array> = {
  '/p/restart.py': readFileSync(new URL('restart.py', fixtures)),
  '/p/restart_v1.py': readFileSync(new URL('restart_v1.py', fixtures)),
  '/p/latin.txt': Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]),
  '/p/bom.txt': Buffer.from([0xef, 0xbb, 0xbf, 0x68, 0x69, 0x0a]),
  '/p/tabs.py': Buffer.from('def a():\n\tif x:\n\t\treturn 1\nab\tc\n'),
};
const source = (path = '/p/restart.py') => ({
  path,
  load(p: string) {
    const data = files[p];
    if (!data) throw new Error('ENOENT');
    return data;
  },
});
const whole = readFileSync(new URL('restart.py', fixtures), 'utf8');
const fileLines = splitKeepEnds(whole);
const pick = (...numbers: number[]) => numbers.map((n) => fileLines[n - 1]).join('');

function read(options: LiteralIncludeOptions, path?: string) {
  return readLiteralInclude(source(path), options);
}
function ok(options: LiteralIncludeOptions, path?: string) {
  const result = read(options, path);
  if (!result.ok) throw new Error('expected success, got: ' + result.error);
  return result;
}
function failure(options: LiteralIncludeOptions, path?: string) {
  const result = read(options, path);
  if (result.ok) throw new Error('expected a failure');
  return result;
}

describe('literalinclude: reading', () => {
  it('includes the whole file verbatim, trailing newline kept', () => {
    const result = ok({});
    expect(result.text).toBe(whole);
    expect(result.lineCount).toBe(26);
    expect(result.warnings).toEqual([]);
  });

  it('reports a missing file in Sphinx words, with the absolute path', () => {
    expect(failure({}, '/p/missing.txt').error).toBe("Include file '/p/missing.txt' not found or reading it failed");
  });

  it('strips a UTF-8 byte-order mark by default (utf-8-sig)', () => {
    expect(ok({}, '/p/bom.txt').text).toBe('hi\n');
  });

  it('reports bytes that are not UTF-8 and suggests :encoding:', () => {
    expect(failure({}, '/p/latin.txt').error).toBe(
      "Encoding 'utf-8-sig' used for reading included file '/p/latin.txt' seems to be wrong, try giving an :encoding: option",
    );
  });

  it('decodes with :encoding: latin-1', () => {
    expect(ok({ encoding: 'latin-1' }, '/p/latin.txt').text).toBe('café\n');
  });
});

describe('literalinclude: :lines:', () => {
  it('selects single lines and ranges in the order written', () => {
    expect(ok({ lines: '1,4-5' }).text).toBe(pick(1, 4, 5));
    expect(ok({ lines: '4,1' }).text).toBe(pick(4, 1));
  });

  it('supports open ranges at either end', () => {
    expect(ok({ lines: '-2' }).text).toBe(pick(1, 2));
    expect(ok({ lines: '25-' }).text).toBe(pick(25, 26));
  });

  it('warns about lines beyond the file and keeps the others', () => {
    const result = ok({ lines: '1,30' });
    expect(result.text).toBe(pick(1));
    expect(result.warnings).toEqual(["line number spec is out of range(1-26): '1,30'"]);
  });

  it('fails when no line is left, after the range warning', () => {
    const result = failure({ lines: '30-40' });
    expect(result.warnings).toEqual(["line number spec is out of range(1-26): '30-40'"]);
    expect(result.error).toBe("Line spec '30-40': no lines pulled from include file '/p/restart.py'");
    // An open end beyond the file is a one-line range, not a backwards one.
    expect(failure({ lines: '40-' }).error).toMatch(/no lines pulled/);
  });

  it('rejects malformed and backwards specs', () => {
    expect(failure({ lines: 'abc' }).error).toBe("invalid line number spec: 'abc'");
    expect(failure({ lines: '5-3' }).error).toBe("invalid line number spec: '5-3'");
    expect(failure({ lines: '1-2-3' }).error).toBe("invalid line number spec: '1-2-3'");
  });
});

describe('literalinclude: start and end markers', () => {
  it('start-after/end-before exclude the marker lines', () => {
    expect(ok({ startAfter: 'START pods', endBefore: 'END pods' }).text).toBe(pick(20, 21));
  });

  it('start-at/end-at include the marker lines', () => {
    expect(ok({ startAt: 'START pods', endAt: 'END pods' }).text).toBe(pick(19, 20, 21, 22));
  });

  it('uses the first line containing the marker, and end searches after the start', () => {
    expect(ok({ startAt: 'def ', endAt: 'self.namespace' }).text).toBe(pick(10, 11));
  });

  it('names the option and marker when a marker is not found', () => {
    expect(failure({ startAfter: 'NOPE' }).error).toBe('start-after pattern not found: NOPE');
    expect(failure({ startAt: 'NOPE' }).error).toBe('start-at pattern not found: NOPE');
    expect(failure({ endBefore: 'NOPE' }).error).toBe('end-before pattern not found: NOPE');
    expect(failure({ endAt: 'NOPE' }).error).toBe('end-at pattern not found: NOPE');
  });

  it('refuses both forms of the same marker', () => {
    expect(failure({ startAt: 'a', startAfter: 'b' }).error).toBe('Cannot use both "start-after" and "start-at" options');
    expect(failure({ endAt: 'a', endBefore: 'b' }).error).toBe('Cannot use both "end-before" and "end-at" options');
  });

  it('applies :lines: to what the markers selected', () => {
    expect(ok({ startAfter: 'START pods', lines: '2' }).text).toBe(pick(21));
    const result = ok({ startAfter: 'START pods', endBefore: 'END pods', lines: '1-4' });
    expect(result.text).toBe(pick(20, 21));
    expect(result.warnings).toEqual(["line number spec is out of range(1-2): '1-4'"]);
  });

  it('gives an empty block when the start marker is on the last line', () => {
    const result = ok({ startAfter: 'pass', linenoMatch: true });
    expect(result.text).toBe('');
    expect(result.linenoStart).toBe(27);
  });
});

describe('literalinclude: :pyobject:', () => {
  it('selects a class up to its last code line', () => {
    expect(ok({ pyobject: 'Restarter' }).text).toBe(pick(7, 8, 9, 10, 11, 12, 13, 14));
  });

  it('selects a method by dotted name', () => {
    expect(ok({ pyobject: 'Restarter.restart' }).text).toBe(pick(13, 14));
  });

  it('includes decorators and excludes trailing comments', () => {
    expect(ok({ pyobject: 'stuck_pods' }).text).toBe(pick(17, 18, 19, 20, 21));
  });

  it('selects the last function of the file', () => {
    expect(ok({ pyobject: 'main' }).text).toBe(pick(25, 26));
  });

  it('does not find methods at module level, nor unknown names', () => {
    expect(failure({ pyobject: 'restart' }).error).toBe("Object named 'restart' not found in include file '/p/restart.py'");
    expect(failure({ pyobject: 'Restarter.nope' }).error).toMatch(/Object named 'Restarter.nope' not found/);
  });

  it('combines with :lines: counted inside the object', () => {
    expect(ok({ pyobject: 'Restarter', lines: '1' }).text).toBe(pick(7));
  });
});

describe('literalinclude: :lineno-match:', () => {
  it('numbers from the line in the file', () => {
    expect(ok({ pyobject: 'Restarter.restart', linenoMatch: true }).linenoStart).toBe(13);
    expect(ok({ startAt: 'START', linenoMatch: true }).linenoStart).toBe(19);
    expect(ok({ lines: '4-5', linenoMatch: true }).linenoStart).toBe(4);
    expect(ok({ startAfter: 'START pods', lines: '2-', linenoMatch: true }).linenoStart).toBe(21);
  });

  it('refuses a disjoint set of lines', () => {
    expect(failure({ lines: '1,3', linenoMatch: true }).error).toBe('Cannot use "lineno-match" with a disjoint set of "lines"');
  });

  it('refuses lineno-start alongside', () => {
    expect(failure({ linenoMatch: true, linenoStart: 3 }).error).toBe('Cannot use both "lineno-match" and "lineno-start" options');
  });

  it('passes :lineno-start: through otherwise', () => {
    expect(ok({ lines: '2', linenoStart: 10 }).linenoStart).toBe(10);
  });
});

describe('literalinclude: :dedent:', () => {
  it('removes a number of columns', () => {
    const result = ok({ pyobject: 'Restarter.restart', dedent: 4 });
    expect(result.text).toBe('def restart(self, pod):\n    return subprocess.run(["kubectl", "delete", "pod", pod])\n');
    expect(result.warnings).toEqual([]);
  });

  it('warns when more than whitespace is removed, and still removes it', () => {
    const result = ok({ pyobject: 'Restarter', dedent: 4 });
    expect(result.text.startsWith('s Restarter:\n')).toBe(true);
    expect(result.warnings).toEqual(['non-whitespace stripped by dedent']);
  });

  it('without a value removes the common indentation, blank lines kept empty', () => {
    expect(ok({ startAfter: 'def __init__', endBefore: '@cached', dedent: null }).text).toBe(
      '    self.namespace = namespace\n\ndef restart(self, pod):\n    return subprocess.run(["kubectl", "delete", "pod", pod])\n\n\n',
    );
    expect(ok({ pyobject: 'Restarter.restart', dedent: null }).text).toBe(
      'def restart(self, pod):\n    return subprocess.run(["kubectl", "delete", "pod", pod])\n',
    );
  });
});

describe('literalinclude: :prepend: and :append:', () => {
  it('adds lines around the selection, after dedent', () => {
    const result = ok({ pyobject: 'Restarter.restart', dedent: 4, prepend: '# head', append: '# tail' });
    expect(result.text).toBe('# head\ndef restart(self, pod):\n    return subprocess.run(["kubectl", "delete", "pod", pod])\n# tail\n');
    expect(result.warnings).toEqual([]);
  });

  it('puts an appended line on its own line when the file lacks a final newline', () => {
    files['/p/nonl.txt'] = Buffer.from('a\nb');
    expect(ok({ append: 'c' }, '/p/nonl.txt').text).toBe('a\nb\nc\n');
  });

  it('does not count prepended lines for lineno-match', () => {
    expect(ok({ pyobject: 'main', prepend: '# x', linenoMatch: true }).linenoStart).toBe(25);
  });
});

describe('literalinclude: :tab-width:', () => {
  it('keeps tabs by default', () => {
    expect(ok({}, '/p/tabs.py').text).toBe('def a():\n\tif x:\n\t\treturn 1\nab\tc\n');
  });

  it('expands tabs to the next multiple of the width, per line', () => {
    expect(ok({ tabWidth: 4 }, '/p/tabs.py').text).toBe('def a():\n    if x:\n        return 1\nab  c\n');
  });

  it('expands before pyobject so indentation is measured in spaces', () => {
    expect(ok({ tabWidth: 4, pyobject: 'a' }, '/p/tabs.py').text).toBe('def a():\n    if x:\n        return 1\n');
  });

  it('expandTabs follows Python', () => {
    expect(expandTabs('a\tb\n\tc', 8)).toBe('a       b\n        c');
    expect(expandTabs('\t', 0)).toBe('');
  });
});

describe('literalinclude: :diff:', () => {
  it('shows a unified diff from the :diff: file to the included file, as difflib does', () => {
    const result = ok({ diff: '/p/restart_v1.py' });
    expect(result.text).toBe(
      [
        '--- /p/restart_v1.py',
        '+++ /p/restart.py',
        '@@ -1,8 +1,7 @@',
        ' #!/usr/bin/env python3',
        '-"""Restart pods stuck in ImagePullBackOff."""',
        '+"""Restart pods stuck in CrashLoopBackOff."""',
        ' ',
        ' import subprocess',
        '-import sys',
        ' ',
        ' ',
        ' class Restarter:',
        '@@ -12,7 +11,7 @@',
        '         self.namespace = namespace',
        ' ',
        '     def restart(self, pod):',
        '-        return subprocess.run(["kubectl", "delete", "pod", "--wait=false", pod])',
        '+        return subprocess.run(["kubectl", "delete", "pod", pod])',
        ' ',
        ' ',
        ' @cached',
        '',
      ].join('\n'),
    );
  });

  it('is empty for identical files', () => {
    expect(ok({ diff: '/p/restart.py' }).text).toBe('');
  });

  it('reports a missing diff file', () => {
    expect(failure({ diff: '/p/nope.py' }).error).toBe("Include file '/p/nope.py' not found or reading it failed");
  });
});
