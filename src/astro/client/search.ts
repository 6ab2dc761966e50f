// The search dialog. Pagefind (full text) and the error-signature index are
// loaded on first use from the static files the build wrote; nothing is
// fetched until the reader searches. Ranking is the same module as
// `rstro search` (src/search), so the site and the command line agree.
import { combineResults, type FullTextHit } from '../../search/combine.js';
import { SignatureIndex, type SignatureIndexFile } from '../../search/signature-index.js';
import { pagefindQuery } from '../../search/query-text.js';
import { pagefindHits, type PagefindSearch } from '../../search/pagefind-results.js';

export interface SearchHit {
  title: string;
  url: string;
  /** Trusted HTML (Pagefind's excerpt marks matches with <mark>). */
  excerptHtml: string;
  source: 'signature' | 'fulltext';
}

let pagefindPromise: Promise<PagefindSearch | null> | null = null;
let signaturePromise: Promise<{ index: SignatureIndex; byUrl: Map<string, string> } | null> | null = null;

function loadSignatures() {
  signaturePromise ??= fetch('/rstro/signatures.json')
    .then((r) => (r.ok ? (r.json() as Promise<SignatureIndexFile>) : null))
    .then((file) => (file ? { index: new SignatureIndex(file), byUrl: new Map(file.docs.map((d) => [d.url, d.docname])) } : null))
    .catch(() => null);
  return signaturePromise;
}

function loadPagefind(): Promise<PagefindSearch | null> {
  pagefindPromise ??= import(/* @vite-ignore */ `${'/pagefind/pagefind.js'}`).catch(() => null) as Promise<PagefindSearch | null>;
  return pagefindPromise;
}

async function fullTextSearch(query: string, limit = 10): Promise<FullTextHit[]> {
  const pagefind = await loadPagefind();
  if (!pagefind) return [];
  return pagefindHits(pagefind, query, limit);
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

function renderHits(list: HTMLOListElement, hits: SearchHit[], query: string): void {
  // Tests and tools read which query the shown results answer.
  list.dataset.query = query;
  list.innerHTML = hits
    .map(
      (hit) =>
        `<li class="search-hit ${hit.source}"><a href="${escapeHtml(hit.url)}"><span class="hit-title">${escapeHtml(hit.title)}</span>` +
        (hit.source === 'signature' ? `<span class="hit-line">${hit.excerptHtml}</span>` : `<span class="hit-excerpt">${hit.excerptHtml}</span>`) +
        `</a></li>`,
    )
    .join('');
}

export function setUpSearch(): void {
  const dialog = document.querySelector<HTMLDialogElement>('.search-dialog');
  const input = document.querySelector<HTMLInputElement>('#search-input');
  const list = document.querySelector<HTMLOListElement>('.search-results');
  const status = document.querySelector<HTMLElement>('.search-status');
  const openButton = document.querySelector<HTMLButtonElement>('.search-open');
  if (!dialog || !input || !list || !status || !openButton) return;

  const open = () => {
    if (!dialog.open) dialog.showModal();
    input.focus();
    void loadPagefind();
    void loadSignatures();
  };
  openButton.addEventListener('click', open);
  document.addEventListener('keydown', (event) => {
    const typing = event.target instanceof HTMLInputElement || event.target instanceof HTMLTextAreaElement;
    if ((event.key === 'k' && (event.ctrlKey || event.metaKey)) || (event.key === '/' && !typing)) {
      event.preventDefault();
      open();
    }
  });
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
  });

  let generation = 0;
  input.addEventListener('input', async () => {
    const query = input.value.trim();
    const mine = ++generation;
    if (!query) {
      list.innerHTML = '';
      delete list.dataset.query;
      status.textContent = '';
      return;
    }
    const hits = await runSearch(query);
    if (mine !== generation) return; // a newer query has started
    renderHits(list, hits, query);
    status.textContent = hits.length ? `${hits.length} result${hits.length > 1 ? 's' : ''}` : 'No results';
  });
}

export async function runSearch(query: string, limit = 10): Promise<SearchHit[]> {
  const [signatures, fullText] = await Promise.all([loadSignatures(), fullTextSearch(pagefindQuery(query), limit)]);
  const signatureHits = signatures ? signatures.index.search(query, limit) : [];
  const combined = combineResults(query, signatureHits, fullText, signatures?.byUrl ?? new Map(), limit);
  return combined.map((hit) => ({ title: hit.title, url: hit.url, excerptHtml: hit.excerptHtml, source: hit.source }));
}
