// The error-signature index: normalised lines of recorded output, each tied
// to a page, searched by shared tokens and token pairs weighted by rarity.
// The same module ranks in the browser and in `rstro search`, so both agree.
import { normalizeText, STOPWORDS, tokenize } from './normalize.js';

export const INDEX_VERSION = 1;

export interface IndexedDoc {
  docname: string;
  url: string;
  title: string;
}

/** The shipped file: compact arrays rather than objects, it is fetched by browsers. */
export interface SignatureIndexFile {
  version: number;
  docs: IndexedDoc[];
  /** [doc index, weight, original line]; the normalised form is recomputed on load. */
  signatures: Array<[number, number, string]>;
}

export interface SignatureHit {
  docname: string;
  url: string;
  title: string;
  score: number;
  /** The recorded line that matched best, as written on the page. */
  matched: string;
}

interface LoadedSignature {
  doc: number;
  weight: number;
  raw: string;
  terms: Set<string>;
  /** Sum of its terms' weights, computed once at load (queries divide by it). */
  termWeight: number;
}

/** Terms of a normalised line: its meaningful tokens and each adjacent pair (pairs keep word order). */
export function termsOf(normalized: string): Set<string> {
  const tokens = tokenize(normalized).filter((t) => !STOPWORDS.has(t));
  const terms = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    terms.add(tokens[i]);
    if (i + 1 < tokens.length) terms.add(tokens[i] + ' ' + tokens[i + 1]);
  }
  return terms;
}

/** Placeholders and punctuation alone say little; words and pairs say more. */
function termBaseWeight(term: string): number {
  if (term.includes(' ')) return 1.5;
  if (term.startsWith('<')) return 0.3;
  if (/^[:'"()=/[\]]$/.test(term)) return 0.1;
  return 1;
}

export class SignatureIndex {
  private readonly signatures: LoadedSignature[];
  private readonly postings = new Map<string, number[]>();
  private readonly idf = new Map<string, number>();

  constructor(readonly file: SignatureIndexFile) {
    if (file.version !== INDEX_VERSION) throw new Error(`signature index version ${file.version} is not ${INDEX_VERSION}: rebuild the site`);
    this.signatures = file.signatures.map(([doc, weight, raw]) => ({ doc, weight, raw, terms: termsOf(normalizeText(raw)), termWeight: 0 }));
    this.signatures.forEach((signature, id) => {
      for (const term of signature.terms) {
        let list = this.postings.get(term);
        if (!list) this.postings.set(term, (list = []));
        list.push(id);
      }
    });
    const n = this.signatures.length || 1;
    for (const [term, list] of this.postings) this.idf.set(term, termBaseWeight(term) * Math.log(1 + n / list.length));
    for (const signature of this.signatures) {
      for (const term of signature.terms) signature.termWeight += this.weightOf(term);
    }
  }

  private weightOf(term: string): number {
    // A query term no signature has still counts in the query's total, at the highest rarity.
    return this.idf.get(term) ?? termBaseWeight(term) * Math.log(1 + (this.signatures.length || 1));
  }

  /**
   * Rank pages for a query (one or many pasted lines, or a fragment). Each
   * query line is compared with each signature sharing a term: the score
   * blends how much of the line the signature covers and how much of the
   * signature the line covers (a pasted line has extra prefix; a fragment has
   * less), weighted by rarity. A page scores its best line, plus a share of
   * further matching lines when several were pasted.
   */
  search(query: string, limit = 10): SignatureHit[] {
    const lines = splitQuery(query);
    const perDoc = new Map<number, { best: number; extra: number; matched: string }>();
    for (const line of lines) {
      const terms = termsOf(normalizeText(line));
      if (terms.size === 0) continue;
      let queryWeight = 0;
      for (const term of terms) queryWeight += this.weightOf(term);
      const shared = new Map<number, number>();
      for (const term of terms) {
        const list = this.postings.get(term);
        if (!list || list.length > 5000) continue; // too common to discriminate
        const w = this.weightOf(term);
        for (const id of list) shared.set(id, (shared.get(id) ?? 0) + w);
      }
      const bestPerDoc = new Map<number, { score: number; raw: string }>();
      for (const [id, overlap] of shared) {
        const signature = this.signatures[id];
        const coverQuery = overlap / queryWeight;
        const coverSignature = overlap / signature.termWeight;
        const score = (0.6 * coverQuery + 0.4 * coverSignature) * signature.weight;
        const current = bestPerDoc.get(signature.doc);
        if (!current || score > current.score) bestPerDoc.set(signature.doc, { score, raw: signature.raw });
      }
      for (const [doc, { score, raw }] of bestPerDoc) {
        const entry = perDoc.get(doc);
        if (!entry) perDoc.set(doc, { best: score, extra: 0, matched: raw });
        else if (score > entry.best) {
          entry.extra += entry.best;
          entry.best = score;
          entry.matched = raw;
        } else entry.extra += score;
      }
    }
    const hits: SignatureHit[] = [];
    for (const [doc, { best, extra, matched }] of perDoc) {
      const meta = this.file.docs[doc];
      const score = best + 0.15 * Math.min(extra, 3 * best);
      if (score < 0.2) continue;
      hits.push({ docname: meta.docname, url: meta.url, title: meta.title, score: Math.round(score * 1000) / 1000, matched });
    }
    hits.sort((a, b) => b.score - a.score || a.docname.localeCompare(b.docname));
    return hits.slice(0, limit);
  }
}

const MAX_QUERY_LINES = 200;

/** Pasted text may be many lines; very long input is cut so a query always answers quickly. */
export function splitQuery(query: string): string[] {
  const text = query.length > 20000 ? query.slice(0, 20000) : query;
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .slice(0, MAX_QUERY_LINES);
}

/** Does this query look like a pasted log line rather than keywords? */
export function looksLikeLogLine(query: string): boolean {
  const text = query.trim();
  if (text.includes('\n')) return true;
  const normalized = normalizeText(text);
  const placeholders = (normalized.match(/<[a-z]+>/g) ?? []).length;
  const punctuation = (text.match(/[:'"()=[\]{}\/\\|]/g) ?? []).length;
  const words = text.split(/\s+/).length;
  return placeholders > 0 || punctuation >= 2 || (words >= 6 && punctuation >= 1);
}
