// The normaliser shared by indexing and querying. Log lines differ from
// machine to machine in their volatile parts (pod names, UIDs, addresses,
// times, numbers, paths); those become typed placeholders so that a pasted
// line and the recorded one read the same:
//
//   mkdir: cannot create directory ‘/sys/fs/cgroup/memory/kubepods/pod1f…’: Cannot allocate memory
//   -> mkdir: cannot create directory '<path>': cannot allocate memory
//
// Words and punctuation that identify the error are kept.

interface Rule {
  pattern: RegExp;
  replace: string | ((match: string, ...groups: string[]) => string);
}

const MONTHS = 'jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec';

// Order matters: the most specific shapes go first so that, e.g., the digits
// of a timestamp or an address are not taken as plain numbers.
const RULES: Rule[] = [
  // URLs keep their scheme only: hosts and query strings vary.
  { pattern: /\b[a-z][a-z0-9+.-]*:\/\/[^\s'"<>]+/g, replace: '<url>' },
  // ISO 8601 / RFC 3339 and "2023-03-08 12:34:56,789" timestamps.
  { pattern: /\b\d{4}-\d{2}-\d{2}[t ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:z|[+-]\d{2}:?\d{2})?/g, replace: '<ts>' },
  { pattern: /\b\d{4}[-/]\d{2}[-/]\d{2}\b/g, replace: '<ts>' },
  // syslog / journalctl: "Mar  8 12:34:56", also "Wed Mar  8 12:34:56 2023".
  { pattern: new RegExp(`\\b(?:(?:mon|tue|wed|thu|fri|sat|sun)\\s+)?(?:${MONTHS})[a-z]*\\s+\\d{1,2},?\\s+\\d{2}:\\d{2}:\\d{2}(?:[.,]\\d+)?(?:\\s+\\d{4})?`, 'g'), replace: '<ts>' },
  // klog header: "I0308 12:34:56.123456" / "E0308 ...".
  { pattern: /\b[iwef]\d{4}\s+\d{2}:\d{2}:\d{2}\.\d+/g, replace: '<ts>' },
  // dmesg: "[12345.678901]" and dmesg -T: "[Wed Mar  8 12:34:56 2023]".
  { pattern: /\[\s*\d+\.\d+\]/g, replace: '[<ts>]' },
  { pattern: /\b\d{1,2}:\d{2}:\d{2}(?:[.,]\d+)?\b/g, replace: '<ts>' },
  // Durations such as "5m3s", "2h", "10.5s", "300ms" in kubectl and Go errors.
  { pattern: /\b(?:\d+(?:\.\d+)?(?:h|m|s|ms|us|µs|ns|d))+\b/g, replace: '<dur>' },
  { pattern: /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/g, replace: '<uuid>' },
  // Paths under volatile trees; a path may contain UIDs, so it goes before them.
  { pattern: /(?<![\w/.-])\/(?:proc|sys|var|tmp|run|dev|data|mnt|home|opt|srv|root)(?:\/[^\s'"`:,;()[\]{}<>]*)?/g, replace: '<path>' },
  // IPv4 with optional port or prefix length; IPv6 (at least three groups).
  { pattern: /\b\d{1,3}(?:\.\d{1,3}){3}(?::\d+|\/\d{1,2})?\b/g, replace: '<ip>' },
  { pattern: /(?<![\w:])(?:[0-9a-f]{0,4}:){2,7}[0-9a-f]{0,4}(?![\w:])/g, replace: (m) => (/[0-9a-f]/.test(m) && m.includes('::') || m.split(':').length >= 4 ? '<ip>' : m) },
  // Container ids, digests, git hashes: long hex runs.
  { pattern: /\b(?:sha256:)?[0-9a-f]{12,64}\b/g, replace: '<hex>' },
  { pattern: /\b0x[0-9a-f]+\b/g, replace: '<hex>' },
  // Pod names: deployment "name-<rs hash>-<5 chars>", statefulset "name-0", job "name-<5 chars>".
  { pattern: /\b([a-z][a-z0-9]*(?:-[a-z0-9]+)*?)-[a-z0-9]{8,10}-[a-z0-9]{5}(?![a-z0-9])/g, replace: (_m, base: string) => `${base}-<hash>` },
  { pattern: /\b([a-z][a-z0-9]*(?:-[a-z]+)+)-(?=[a-z0-9]{5}(?![a-z0-9]))(?=[a-z]*\d)[a-z0-9]{5}(?![a-z0-9])/g, replace: (_m, base: string) => `${base}-<hash>` },
  // Repeat counts in kubectl events: "(x12 over 10m)".
  { pattern: /\bx\d+\b/g, replace: 'x<num>' },
  // Any remaining number (units glued on are kept: "100mi" -> "<num>mi").
  { pattern: /(?<![a-z0-9_])\d+(?:\.\d+)?/g, replace: '<num>' },
];

const QUOTES: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u201b': "'", '\u2032': "'", '`': "'", '\u00b4': "'",
  '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u201f': '"', '\u2033': '"', '\u00ab': '"', '\u00bb': '"',
  '\u300c': '"', '\u300d': '"', '\uff02': '"', '\uff07': "'",
};
const DASHES = /[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/g;
const MAX_LINE = 2000;

/** Normalise one line (or a short pasted text) for indexing or querying. */
export function normalizeText(input: string): string {
  let text = input.length > MAX_LINE ? input.slice(0, MAX_LINE) : input;
  text = text.normalize('NFKC').toLowerCase();
  text = text.replace(/[\u2018\u2019\u201a\u201b\u2032`\u00b4\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb\u300c\u300d\uff02\uff07]/g, (c) => QUOTES[c] ?? c);
  text = text.replace(DASHES, '-');
  // Control characters and binary junk become spaces.
  text = text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\ufffd]/g, ' ');
  for (const rule of RULES) text = text.replace(rule.pattern, rule.replace as never);
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Split normalised text into tokens: words, placeholders, CJK characters
 * (so Chinese matches without a dictionary), and the punctuation that shapes
 * an error message (`:` `'` `"` `(` `)` `=` `/`).
 */
export function tokenize(normalized: string): string[] {
  const tokens: string[] = [];
  const re = /<[a-z]+>|[a-z0-9_]+(?:[.-][a-z0-9_]+)*|[\u3400-\u9fff\uf900-\ufaff]|[:'"()=/\[\]]/g;
  for (const match of normalized.matchAll(re)) tokens.push(match[0]);
  return tokens;
}

/** Words that carry no meaning for matching errors. */
export const STOPWORDS = new Set(['the', 'a', 'an', 'of', 'to', 'in', 'on', 'for', 'and', 'or', 'is', 'it', 'at', 'by', 'be', 'as', 'with', 'from', 'this', 'that']);
