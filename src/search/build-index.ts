// Writes the signature index shipped with the site (static JSON, fetched by
// the search dialog on first use).
import type { Element } from '../doctree/types.js';
import { extractSignatures } from './extract.js';
import { INDEX_VERSION, type SignatureIndexFile } from './signature-index.js';

export const SIGNATURE_INDEX_PATH = 'rstro/signatures.json';

export interface IndexablePage {
  docname: string;
  url: string;
  title: string;
  doctree: Element;
}

export function buildSignatureIndex(pages: IndexablePage[]): SignatureIndexFile {
  const file: SignatureIndexFile = { version: INDEX_VERSION, docs: [], signatures: [] };
  for (const page of pages) {
    const doc = file.docs.push({ docname: page.docname, url: page.url, title: page.title }) - 1;
    for (const { line, weight } of extractSignatures(page.doctree, page.title)) file.signatures.push([doc, weight, line]);
  }
  return file;
}
