// The pure helpers behind literalinclude: line specs, Python object lookup,
// unified diffs (expected outputs produced by Python's difflib).
import { describe, expect, it } from 'vitest';
import { inRange, parseLineSpec, pyRepr } from '../../../src/sphinx/directives/linespec.js';
import { findPythonObject } from '../../../src/sphinx/directives/pyobject.js';
import { unifiedDiff } from '../../../src/sphinx/directives/udiff.js';

describe('line specs', () => {
  it('parses singles, ranges and open ends to 0-based indexes', () => {
    expect(parseLineSpec('1,3-4,6-', 7)).toEqual([0, 2, 3, 5, 6]);
    expect(parseLineSpec(' -2 , 5 ', 7)).toEqual([0, 1, 4]);
  });

  it('marks out-of-range indexes, line 0 included', () => {
    expect(inRange(parseLineSpec('0,1,9', 3), 3)).toEqual({ kept: [0], dropped: true });
  });

  it('rejects malformed specs with the spec quoted like Python', () => {
    for (const spec of ['', '-', 'a', '1-2-3', '4-2', '1,,2']) expect(() => parseLineSpec(spec, 9)).toThrow(`invalid line number spec: ${pyRepr(spec)}`);
    expect(pyRepr("it's")).toBe('"it\'s"');
  });
});

describe('findPythonObject', () => {
  const source = [
    'import x',                      // 0
    '',                              // 1
    '@decorator(arg=1)',             // 2
    'async def fetch(url,',          // 3
    '                timeout=3):',   // 4
    '    """Doc.',                   // 5
    '',                              // 6
    'Column-0 text in a docstring.', // 7
    '    """',                       // 8
    '    return url',                // 9
    '',                              // 10
    'class Outer:',                  // 11
    '    class Inner:',              // 12
    '        def method(self):',     // 13
    '            pass',              // 14
    '',                              // 15
    '    def method(self):',         // 16
    '        return 2',              // 17
    '    # trailing comment',        // 18
    '',                              // 19
    'def fetcher(): pass',           // 20
  ];

  it('includes decorators and multi-line signatures, and is not ended by docstring text at column 0', () => {
    expect(findPythonObject(source, 'fetch')).toEqual({ start: 2, end: 9 });
  });

  it('does not take a name for its prefix', () => {
    expect(findPythonObject(source, 'fetcher')).toEqual({ start: 20, end: 20 });
  });

  it('finds nested members by dotted name, at the right depth', () => {
    expect(findPythonObject(source, 'Outer.method')).toEqual({ start: 16, end: 17 });
    expect(findPythonObject(source, 'Outer.Inner.method')).toEqual({ start: 13, end: 14 });
    expect(findPythonObject(source, 'Outer')).toEqual({ start: 11, end: 17 });
  });

  it('returns null for unknown names and members at the wrong level', () => {
    expect(findPythonObject(source, 'method')).toBeNull();
    expect(findPythonObject(source, 'Outer.nope')).toBeNull();
  });
});

describe('unifiedDiff (as difflib.unified_diff)', () => {
  const lines = (n: number) => Array.from({ length: n }, (_, i) => `l${i + 1}\n`);

  it('splits far-apart changes into hunks with three lines of context', () => {
    const a = lines(20);
    const b = [...a.slice(0, 19), 'new\n', 'l20\n'];
    b[1] = 'X\n';
    expect(unifiedDiff(a, b, 'old', 'new')).toBe(
      '--- old\n+++ new\n@@ -1,5 +1,5 @@\n l1\n-l2\n+X\n l3\n l4\n l5\n@@ -17,4 +17,5 @@\n l17\n l18\n l19\n+new\n l20\n',
    );
  });

  it('handles appends, deletions of everything and insertions into nothing', () => {
    expect(unifiedDiff(['a\n', 'b\n'], ['a\n', 'b\n', 'c\n'], 'old', 'new')).toBe('--- old\n+++ new\n@@ -1,2 +1,3 @@\n a\n b\n+c\n');
    expect(unifiedDiff(['a\n', 'b\n'], [], 'old', 'new')).toBe('--- old\n+++ new\n@@ -1,2 +0,0 @@\n-a\n-b\n');
    expect(unifiedDiff([], ['a\n'], 'old', 'new')).toBe('--- old\n+++ new\n@@ -0,0 +1 @@\n+a\n');
  });
});
