// Parse a document and print docutils' pseudo-XML, for comparing with what docutils prints.
import { pformat } from '../../../src/doctree/index.js';
import type { RstSettings } from '../../../src/rst/api.js';
import { parseRst } from '../../../src/rst/index.js';

export function px(source: string, settings: Partial<RstSettings> = {}): string {
  return pformat(parseRst(source, { settings: { sourcePath: 'test data', ...settings } }));
}

/** The pseudo-XML of a document holding one paragraph, from its indented body lines. */
export function doc(...lines: string[]): string {
  return ['<document source="test data">', ...lines].join('\n') + '\n';
}
