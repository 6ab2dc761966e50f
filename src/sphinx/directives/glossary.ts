// glossary: terms and their definitions, each term a link target `term-<term>`.
//
//     .. glossary::
//        :sorted:
//
//        OOM killer
//        oom-killer                  several terms may share one definition
//           The kernel's last resort when memory runs out.
//
//        cgroup : control group      " : " gives the index key
//           A group of processes with shared limits.
//
// Produces glossary > definition_list.glossary > definition_list_item >
// term {ids} (+ index entry) ..., definition.
import { el, linePosition, textContent } from '../../doctree/builders.js';
import type { DoctreeNode, Element } from '../../doctree/types.js';
import type { DirectiveSpec } from '../../rst/api.js';
import { here } from '../../rst/directives/common.js';
import { flag } from '../../rst/directives/options.js';
import { uniqueId } from './ids.js';
import { warningCollector, type ContextOf } from './scope.js';

interface GlossaryEntry {
  terms: Array<{ text: string; lineno: number }>;
  definition: string[];
  /** Index in content of the definition's first line. */
  definitionStart: number;
}

export function glossaryDirective(contextOf: ContextOf): DirectiveSpec {
  return {
    hasContent: true,
    optionSpec: { sorted: flag },
    run(inv) {
      const context = contextOf(inv.document);
      const { messages, warn } = warningCollector(context, inv);
      const lineOf = (index: number) => inv.contentOffset + index + 1;
      const entries: GlossaryEntry[] = [];
      let current: GlossaryEntry | null = null;
      let afterBlank = true;
      inv.content.forEach((line, index) => {
        if (line.trim() === '') {
          afterBlank = true;
          if (current && current.definition.length) current.definition.push('');
          return;
        }
        const indented = /^\s/.test(line);
        if (!indented) {
          if (line.startsWith('..')) {
            afterBlank = false;
            return;
          }
          if (current && current.definition.length === 0 && current.terms.length) {
            if (afterBlank) warnLine(lineOf(index), 'glossary terms must not be separated by empty lines');
            current.terms.push({ text: line, lineno: lineOf(index) });
          } else {
            if (current && !afterBlank) warnLine(lineOf(index), 'glossary term must be preceded by empty line');
            current = { terms: [{ text: line, lineno: lineOf(index) }], definition: [], definitionStart: 0 };
            entries.push(current);
          }
        } else if (!current) {
          warnLine(lineOf(index), 'glossary seems to be misformatted, check indentation');
        } else {
          if (current.definition.length === 0) current.definitionStart = index;
          current.definition.push(line);
        }
        afterBlank = false;
      });

      function warnLine(line: number, message: string) {
        context.warn(line, message);
        messages.push(inv.reporter.warning(message, { line }));
      }

      const items: Array<{ sortKey: string; item: Element }> = [];
      for (const entry of entries) {
        const item = el('definition_list_item', {}, [], here(inv));
        for (const term of entry.terms) {
          const [termText, indexKey] = splitClassifier(term.text);
          const parsed = inv.state.parseInline(termText, term.lineno);
          messages.push(...parsed.messages);
          const termNode = el('term', {}, parsed.nodes, linePosition(term.lineno));
          const plain = textContent(termNode);
          const id = uniqueId(context, inv.document, 'term', plain);
          termNode.attributes.ids = [id];
          inv.document.ids.set(id, termNode);
          const index = el('index', {}, []);
          index.data = { entries: [['single', plain, id, 'main', indexKey]] };
          termNode.children.push(index);
          item.children.push(termNode);
        }
        const definition = el('definition', {}, []);
        const body = trimBlank(dedent(entry.definition));
        if (body.length) inv.state.nestedParse(body, inv.contentOffset + entry.definitionStart, definition);
        item.children.push(definition);
        items.push({ sortKey: entry.terms[0].text.normalize('NFD').toLowerCase(), item });
      }
      if ('sorted' in inv.options) items.sort((a, b) => (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0));
      const list = el('definition_list', { classes: ['glossary'] }, items.map((entry) => entry.item), here(inv));
      const glossary = el('glossary', { sorted: 'sorted' in inv.options }, [list], here(inv));
      return [glossary as DoctreeNode, ...messages];
    },
  };
}

function splitClassifier(line: string): [string, string | null] {
  const parts = line.split(/\s+:\s+/);
  return [parts[0].trim(), parts.length > 1 ? parts[1].trim() : null];
}

function dedent(lines: string[]): string[] {
  const widths = lines.filter((line) => line.trim()).map((line) => /^\s*/.exec(line)![0].length);
  const margin = widths.length ? Math.min(...widths) : 0;
  return lines.map((line) => line.slice(margin));
}

function trimBlank(lines: string[]): string[] {
  let end = lines.length;
  while (end > 0 && lines[end - 1].trim() === '') end--;
  return lines.slice(0, end);
}
