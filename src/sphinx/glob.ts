// Sphinx's path patterns (exclude_patterns, include_patterns, toctree :glob:):
// matched against the whole posix path relative to the source folder.
// `**` matches anything including '/', `*` and `?` never cross a '/',
// `[abc]`/`[!abc]` are character classes (never matching '/').

const cache = new Map<string, RegExp>();

export function patternToRegExp(pattern: string): RegExp {
  const cached = cache.get(pattern);
  if (cached) return cached;
  let out = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '*') {
      if (pattern[i + 1] === '*') {
        out += '.*';
        i++;
      } else out += '[^/]*';
    } else if (c === '?') out += '[^/]';
    else if (c === '[') {
      const close = pattern.indexOf(']', i + 2);
      if (close < 0) {
        out += '\\[';
        continue;
      }
      let body = pattern.slice(i + 1, close);
      const negated = body.startsWith('!');
      if (negated) body = body.slice(1);
      body = body.replace(/\\/g, '\\\\').replace(/\^/g, '\\^');
      out += negated ? `(?!/)[^${body}]` : `(?!/)[${body}]`;
      i = close;
    } else out += c.replace(/[.+^${}()|\\\]]/g, '\\$&');
  }
  const regexp = new RegExp(`^${out}$`, 's');
  cache.set(pattern, regexp);
  return regexp;
}

export function matchesAny(path: string, patterns: readonly string[]): boolean {
  return patterns.some((p) => patternToRegExp(p).test(path));
}
