// `rstro search "QUERY" [--site DIR] [--json]`: the site's search from the
// command line — the same signature index and Pagefind engine, the same order.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs, stringOption } from '../args.js';
import { SiteSearch } from '../../search/query.js';

const HELP = `usage: rstro search "QUERY" [--site DIR] [--json] [--limit N]

Searches a built site (default: dist) by error message or keywords. A query of
"-" reads the text to search (e.g. a pasted log) from standard input.`;

export async function run(argv: string[]): Promise<number> {
  if (argv.includes('--help')) {
    console.log(HELP);
    return 0;
  }
  const args = parseArgs(argv, ['site', 'limit'], ['json']);
  let query = args.positionals.join(' ');
  if (query === '-') query = readFileSync(0, 'utf8');
  if (!query.trim()) {
    console.error(HELP);
    return 2;
  }
  const limit = Math.max(1, Math.min(100, Number(stringOption(args, 'limit') ?? 10) || 10));
  const site = path.resolve(stringOption(args, 'site') ?? 'dist');
  let search: SiteSearch;
  try {
    search = await SiteSearch.open(site);
  } catch (error) {
    console.error(`rstro search: ${(error as Error).message}`);
    return 1;
  }
  const hits = await search.search(query, limit);
  if (args.options.json) {
    const results = hits.map(({ docname, url, title, score, matched }) => ({ docname, url, title, score, matched }));
    console.log(JSON.stringify({ results }, null, 2));
    return 0;
  }
  if (hits.length === 0) {
    console.log('no results');
    return 0;
  }
  hits.forEach((hit, i) => {
    console.log(`${i + 1}. ${hit.title}  (${hit.docname}, ${hit.url})`);
    console.log(`   ${hit.source === 'signature' ? 'matched line' : 'excerpt'}: ${hit.matched.slice(0, 200)}`);
  });
  return 0;
}
