// Sphinx's SmartQuotes (on unless conf.py sets smartquotes = False): in prose,
// straight quotes become the language's typographic quotes, `--` an en dash,
// `---` an em dash and `...` an ellipsis. Code, literal blocks, math, raw
// content, labels and nodes marked support_smartquotes=False keep their text.
//
//     "hello" it's -- fine...     ->     “hello” it’s – fine…
//
// Quotes are decided by the character before them, carried across inline
// markup inside one block (`"*quoted*"` opens before the emphasis and closes after it).
import type { DoctreeNode, Element, Text } from '../../doctree/types.js';

/** Open/close double, open/close single quotes per language (the languages docutils' smartquotes knows, in part). */
const QUOTES: Record<string, string> = {
  en: '“”‘’', 'zh-cn': '“”‘’', 'zh-tw': '「」『』', de: '„“‚‘', 'de-ch': '«»‹›', nl: '“”‘’', ru: '«»„“', es: '«»“”',
  it: '«»“”', pt: '«»“”', 'pt-br': '“”‘’', pl: '„”«»', cs: '„“‚‘', sv: '””’’', fi: '””’’', da: '»«›‹', nb: '«»’’',
  ko: '“”‘’', uk: '«»„“', ca: '«»“”', 'en-gb': '‘’“”', tr: '“”‘’',
};

/** Where text is shown as written (docutils' and Sphinx's non-smartquotable nodes). */
const KEEP = new Set([
  'literal', 'literal_block', 'doctest_block', 'math', 'math_block', 'raw', 'comment', 'substitution_definition', 'target',
  'image', 'problematic', 'label', 'option_string', 'option_argument', 'address', 'system_message', 'pending', 'meta',
  'desc_signature', 'desc_name', 'desc_addname', 'desc_parameterlist', 'desc_parameter', 'desc_annotation', 'desc_returns',
  'graphviz', 'index', 'code', 'pre', 'kbd',
]);
/** Inline nodes: quote context flows through them. Everything else starts a new run of text. */
const INLINE = new Set([
  'emphasis', 'strong', 'reference', 'inline', 'title_reference', 'abbreviation', 'acronym', 'subscript', 'superscript',
  'generated', 'pending_xref', 'footnote_reference', 'citation_reference', 'literal', 'math', 'problematic', 'target', 'image', 'raw',
]);

/** The quote set for a Sphinx/docutils language code, or null when smart quotes do not apply (unknown language, Japanese). */
export function quotesFor(language: string | undefined): string | null {
  const code = (language || 'en').toLowerCase().replace(/_/g, '-');
  return QUOTES[code] ?? QUOTES[code.split('-')[0]!] ?? null;
}

export function applySmartQuotes(document: Element, quotes: string): void {
  const state = { prev: ' ' };
  const walk = (node: Element, inGlossary: boolean): void => {
    for (const child of node.children) {
      if (child.type === 'text') {
        const t = child as Text;
        t.value = educate(t.value, state.prev, quotes);
        if (t.value) state.prev = t.value[t.value.length - 1]!;
        continue;
      }
      const element = child as Element;
      const inline = INLINE.has(element.type);
      if (!inline) state.prev = ' ';
      // Glossary terms are matched by :term: against their text as written: leave them as they are.
      const glossaryTerm = inGlossary && element.type === 'term';
      if (KEEP.has(element.type) || glossaryTerm || element.attributes.support_smartquotes === false) {
        const shown = plain(element);
        if (inline && shown) state.prev = shown[shown.length - 1]!;
        continue;
      }
      const classes = element.attributes.classes;
      walk(element, inGlossary || (element.type === 'definition_list' && Array.isArray(classes) && classes.includes('glossary')));
      if (!inline) state.prev = ' ';
    }
  };
  walk(document, false);
}

const OPENERS = /[\s([{<\u2012-\u2015\-\u2018\u201c\u00ab\u201e\u201a]/u;
const WORD = /[\p{L}\p{N}]/u;

/** One text node's typography, given the character shown before it. */
export function educate(value: string, before: string, quotes: string): string {
  if (!/["'.-]/.test(value)) return value;
  let text = value.replace(/\.\.\.|\. \. \./g, '\u2026').replace(/---/g, '\u2014').replace(/--/g, '\u2013');
  if (!/["']/.test(text)) return text;
  const [dOpen, dClose, sOpen, sClose] = [...quotes] as [string, string, string, string];
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch !== '"' && ch !== "'") {
      out += ch;
      continue;
    }
    const prev = i === 0 ? before : text[i - 1]!;
    const next = text[i + 1] ?? '';
    // A quote ending a text node opens when inline markup follows it: "*quoted*".
    const opensHere = OPENERS.test(prev) && !/\s/.test(next);
    if (ch === '"') {
      out += opensHere ? dOpen : dClose;
      continue;
    }
    // Apostrophes: contractions (it's), decades ('80s) and possessives are closing single quotes.
    if (WORD.test(prev) && WORD.test(next)) out += '\u2019';
    else if (opensHere && /^\d\ds?\b/.test(text.slice(i + 1))) out += '\u2019';
    else out += opensHere ? sOpen : sClose;
  }
  return out;
}

function plain(node: DoctreeNode): string {
  return node.type === 'text' ? (node as Text).value : (node as Element).children.map(plain).join('');
}
