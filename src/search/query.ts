// The combined search over a built site, used by `rstro search` and the
// evaluation: signature index + Pagefind, merged by combineResults.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { SIGNATURE_INDEX_PATH } from './build-index.js';
import { combineResults, type CombinedHit } from './combine.js';
import { pagefindSearch } from './pagefind-node.js';
import { SignatureIndex, type SignatureIndexFile } from './signature-index.js';
import { pagefindQuery } from './query-text.js';

export class SiteSearch {
  private constructor(
    private readonly siteDir: string,
    private readonly index: SignatureIndex,
    private readonly docnamesByUrl: Map<string, string>,
  ) {}

  static async open(siteDir: string): Promise<SiteSearch> {
    const file = path.join(siteDir, SIGNATURE_INDEX_PATH);
    let data: SignatureIndexFile;
    try {
      data = JSON.parse(await readFile(file, 'utf8')) as SignatureIndexFile;
    } catch (error) {
      throw new Error(`no search index at ${file} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}): build the site first with \`rstro build\``);
    }
    const index = new SignatureIndex(data);
    return new SiteSearch(siteDir, index, new Map(data.docs.map((d) => [d.url, d.docname])));
  }

  signatureOnly(query: string, limit = 10) {
    return this.index.search(query, limit);
  }

  async fullTextOnly(query: string, limit = 10) {
    return (await pagefindSearch(this.siteDir, query, limit)) ?? [];
  }

  async search(query: string, limit = 10): Promise<CombinedHit[]> {
    const signatureHits = this.index.search(query, limit);
    const fullText = (await pagefindSearch(this.siteDir, pagefindQuery(query), limit)) ?? [];
    return combineResults(query, signatureHits, fullText, this.docnamesByUrl, limit);
  }
}
