// One ranking for the site's search box and `rstro search`: signature hits
// and full-text hits merged, pasted log lines favouring the signature index,
// keywords favouring full text.
import { holdsChineseWordsOf } from './chinese-words.js';
import { looksLikeLogLine, type SignatureHit } from './signature-index.js';

export interface FullTextHit {
  url: string;
  title: string;
  /** Excerpt as HTML from Pagefind (matches in <mark>). */
  excerpt: string;
}

export interface CombinedHit {
  docname: string;
  url: string;
  title: string;
  score: number;
  /** The matched recorded line (signature hits) or the full-text excerpt, as plain text. */
  matched: string;
  /** Excerpt HTML with <mark> highlights, for display. */
  excerptHtml: string;
  source: 'signature' | 'fulltext';
}

const stripTags = (html: string) => html.replace(/<[^>]*>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

function normalizeUrl(url: string): string {
  const clean = url.replace(/[#?].*$/, '').replace(/index\.html$/, '');
  return clean.endsWith('/') ? clean : clean + '/';
}

/** Site URL -> docname, for full-text hits (`/a/b/` -> `a/b`, `/` -> `index`). */
export function docnameFromUrl(url: string, known: Map<string, string>): string {
  const normalized = normalizeUrl(url);
  return known.get(normalized) ?? (normalized.replace(/^\/|\/$/g, '') || 'index');
}

/** Highlight in `line` the words the query shares with it. */
export function highlightLine(line: string, query: string): string {
  const escape = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
  const words = new Set((query.toLowerCase().match(/[a-z][a-z0-9_-]{2,}|[\u3400-\u9fff]{2,}/g) ?? []));
  if (words.size === 0) return escape(line);
  return line
    .split(/([a-z][a-z0-9_-]{2,}|[\u3400-\u9fff]{2,})/i)
    .map((part) => (words.has(part.toLowerCase()) ? `<mark>${escape(part)}</mark>` : escape(part)))
    .join('');
}

export function combineResults(query: string, signatureHits: SignatureHit[], fullTextHits: FullTextHit[], docnamesByUrl: Map<string, string>, limit = 10): CombinedHit[] {
  const logLine = looksLikeLogLine(query);
  // Keywords find Chinese by its words, in full text and here alike: a recorded line that merely
  // holds the characters of a query's word (国内 … 保存 for 内存) is no answer. A pasted line is
  // matched loosely, as ever: its volatile parts differ from the recorded ones.
  const kept = logLine ? signatureHits : signatureHits.filter((hit) => holdsChineseWordsOf(hit.matched, query));
  const signature: CombinedHit[] = kept.map((hit) => ({
    docname: hit.docname,
    url: hit.url,
    title: hit.title,
    score: hit.score,
    matched: hit.matched,
    excerptHtml: highlightLine(hit.matched, query),
    source: 'signature',
  }));
  const fullText: CombinedHit[] = fullTextHits.map((hit, rank) => ({
    docname: docnameFromUrl(hit.url, docnamesByUrl),
    url: normalizeUrl(hit.url),
    title: hit.title,
    // Pagefind's order is kept; the score only states it for --json readers.
    score: Math.round((1 / (rank + 1)) * 1000) / 1000,
    matched: stripTags(hit.excerpt),
    excerptHtml: hit.excerpt,
    source: 'fulltext',
  }));
  // A pasted log line is best answered by the signature index; keywords by full text.
  // Strong signature matches lead even for keyword queries.
  const strong = signature.filter((hit) => hit.score >= 0.75);
  const ordered = logLine ? [...signature, ...fullText] : [...strong, ...fullText, ...signature];
  const seen = new Set<string>();
  const merged: CombinedHit[] = [];
  for (const hit of ordered) {
    if (seen.has(hit.docname)) continue;
    seen.add(hit.docname);
    merged.push(hit);
    if (merged.length >= limit) break;
  }
  return merged;
}
