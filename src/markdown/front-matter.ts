// Front matter (YAML between `---` lines at the very top of a page) becomes
// the page's metadata, the way rST pages give it in a leading field list:
//
//     ---                         <field_list classes="myst-front-matter">
//     orphan: true                    <field> orphan / true
//     tags: [nfs, storage]            <field> tags / nfs, storage
//     ---
//
// The Sphinx layer reads the first field list of a page as its metadata
// (orphan, tocdepth...); `title` also becomes the document's title attribute,
// used when the page has no heading.
import { parse as parseYaml } from 'yaml';
import { el, text } from '../doctree/builders.js';
import type { Element, Position } from '../doctree/types.js';
import type { Reporter } from '../rst/api.js';

export interface FrontMatterResult {
  fields: Element | null;
  title: string | null;
  /** Per-page MyST settings (`myst: {heading_anchors: 2}`). */
  myst: Record<string, unknown>;
  messages: Element[];
}

export function readFrontMatter(yaml: string, line: number, position: Position, reporter: Reporter): FrontMatterResult {
  const result: FrontMatterResult = { fields: null, title: null, myst: {}, messages: [] };
  let data: unknown;
  try {
    data = parseYaml(yaml);
  } catch (error) {
    const reason = String((error as Error).message ?? error).split('\n')[0];
    result.messages.push(reporter.warning(`Malformed YAML in front matter: ${reason} [myst.topmatter]`, { line }));
    return result;
  }
  if (data === null || data === undefined) return result;
  if (typeof data !== 'object' || Array.isArray(data)) {
    result.messages.push(reporter.warning('Front matter is not a mapping of keys to values; it is ignored. [myst.topmatter]', { line }));
    return result;
  }
  const fields: Element[] = [];
  for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
    if (key === 'myst' && value && typeof value === 'object') {
      result.myst = value as Record<string, unknown>;
      continue;
    }
    // Values for {{ key }} (read before parsing, see state.ts), not page metadata.
    if (key === 'substitutions') continue;
    const shown = fieldText(value);
    if (key === 'title' && typeof value === 'string') result.title = value;
    const body = shown === '' ? [] : [el('paragraph', {}, [text(shown, position)], position)];
    fields.push(el('field', {}, [el('field_name', {}, [text(key, position)], position), el('field_body', {}, body, position)], position));
  }
  if (fields.length) result.fields = el('field_list', { classes: ['myst-front-matter'] }, fields, position);
  return result;
}

/** Values as a field body shows them: lists joined by commas, `true` of a flag (orphan) as empty. */
function fieldText(value: unknown): string {
  if (value === null || value === undefined || value === true) return '';
  if (Array.isArray(value)) return value.map(fieldText).join(', ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** The front matter's data when the page starts with a well-formed one (for values needed before parsing). */
export function frontMatterData(lines: string[]): Record<string, unknown> | null {
  if (!lines.length || lines[0].trimEnd() !== '---') return null;
  const end = lines.findIndex((line, j) => j > 0 && (line.trimEnd() === '---' || line.trimEnd() === '...'));
  if (end < 0) return null;
  try {
    const data = parseYaml(lines.slice(1, end).join('\n'));
    return data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}
