// The conformance scorer's contract (../shared/conformance/README.md):
// pformat(source, {cwd, settings}) -> docutils pseudo-XML of the parsed,
// untransformed document whose source is "test data". Settings arrive with
// docutils' snake_case names.
import path from 'node:path';
import { pformat as printTree } from '../doctree/pformat.js';
import type { RstSettings } from './api.js';
import { parseRst } from './index.js';

const NAMES: Record<string, keyof RstSettings> = {
  tab_width: 'tabWidth',
  report_level: 'reportLevel',
  halt_level: 'haltLevel',
  legacy_ids: 'legacyIds',
  id_prefix: 'idPrefix',
  auto_id_prefix: 'autoIdPrefix',
  language_code: 'languageCode',
  character_level_inline_markup: 'characterLevelInlineMarkup',
  line_length_limit: 'lineLengthLimit',
  root_prefix: 'rootPrefix',
  syntax_highlight: 'syntaxHighlight',
  file_insertion_enabled: 'fileInsertionEnabled',
  raw_enabled: 'rawEnabled',
  pep_base_url: 'pepBaseUrl',
  rfc_base_url: 'rfcBaseUrl',
};

export function toSettings(snake: Record<string, unknown> = {}): Partial<RstSettings> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(snake)) out[NAMES[key] ?? key] = value;
  return out as Partial<RstSettings>;
}

export function pformat(source: string, options: { cwd?: string; settings?: Record<string, unknown> } = {}): string {
  const settings: Partial<RstSettings> = { sourcePath: 'test data', ...toSettings(options.settings) };
  if (options.cwd) settings.cwd = path.resolve(options.cwd);
  return printTree(parseRst(source, { settings }));
}
