import { describe, expect, it } from 'vitest';
import { describeMatcher, parseMatcher, testMatcher, MatcherSyntaxError } from '../../src/runbook/matchers.js';

const out = (text: string, exitCode = 0) => ({ text, exitCode });

describe('matchers', () => {
  it('regex matches per line and reports the matching lines', () => {
    const m = parseMatcher('regex /cannot allocate memory/i');
    const r = testMatcher(m, out('ok\nmkdir: Cannot Allocate Memory\n'));
    expect(r).toMatchObject({ ok: true, lines: [1] });
    expect(testMatcher(m, out('all good')).ok).toBe(false);
  });

  it('contains and not-contains', () => {
    expect(testMatcher(parseMatcher('contains "ContainerCreating"'), out('web 0/1 ContainerCreating')).ok).toBe(true);
    expect(testMatcher(parseMatcher("contains 'Running'"), out('web 0/1 ContainerCreating')).ok).toBe(false);
    const not = testMatcher(parseMatcher('not-contains "Running"'), out('a\nweb Running'));
    expect(not.ok).toBe(false);
    expect(not.detail).toContain('line 2');
  });

  it('number compares the first number in the output', () => {
    const m = parseMatcher('number > 100000');
    expect(testMatcher(m, out('182210\n'))).toMatchObject({ ok: true, lines: [0] });
    expect(testMatcher(m, out('95\n')).ok).toBe(false);
    expect(testMatcher(m, out('no digits')).detail).toBe('the output has no number');
    expect(testMatcher(parseMatcher('number <= -1.5'), out('x -2.25')).ok).toBe(true);
  });

  it('lines and exit compare counts and status', () => {
    expect(testMatcher(parseMatcher('lines >= 2'), out('a\nb\n')).ok).toBe(true);
    expect(testMatcher(parseMatcher('lines == 0'), out('')).ok).toBe(true);
    expect(testMatcher(parseMatcher('exit != 0'), out('', 1)).ok).toBe(true);
    expect(testMatcher(parseMatcher('exit == 0'), out('', 2)).ok).toBe(false);
  });

  it('rejects malformed matchers with a message that says what to write', () => {
    expect(() => parseMatcher('regex /(/')).toThrow(MatcherSyntaxError);
    expect(() => parseMatcher('regex /x/g')).toThrow(/flags/);
    expect(() => parseMatcher('looks-like "x"')).toThrow(/unknown matcher "looks-like"/);
    expect(() => parseMatcher('number >> 3')).toThrow(/comparison/);
    expect(() => parseMatcher('contains x')).toThrow(/quoted/);
  });

  it('describes matchers in plain words', () => {
    expect(describeMatcher(parseMatcher('contains "cannot allocate memory"'))).toBe("output contains 'cannot allocate memory'");
    expect(describeMatcher(parseMatcher('number > 100000'))).toBe('first number > 100000');
  });
});
