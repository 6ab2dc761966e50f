// Tables (grid, simple, csv-table, list-table all produce the same doctree):
// table > title?, tgroup > colspec*, thead?, tbody. Spans come from
// morerows/morecols; stub columns become row headers.
import type { Element } from '../../doctree/types.js';
import type { RenderContext } from '../context.js';
import { register, renderBlock, renderInline, renderNode } from '../dispatch.js';
import { baseProps, boolAttr, hel, numberAttr, stringAttr, stringList, type ElementContent } from '../hast.js';

const elementsOf = (node: Element): Element[] => node.children.filter((child): child is Element => child.type !== 'text');

register('table', (node, ctx) => {
  const align = stringAttr(node, 'align');
  const { props, anchors } = baseProps(node, ['table', ...(align ? ['align-' + align] : [])]);
  const width = stringAttr(node, 'width');
  if (width) props.style = `width: ${cssLength(width)}`;
  const parts: ElementContent[] = [];
  ctx.ancestors.push(node);
  try {
    for (const child of elementsOf(node)) {
      if (child.type === 'title') parts.push(hel('caption', baseProps(child).props, renderInline(child, ctx)));
      else if (child.type === 'tgroup') parts.push(...tgroup(child, node, ctx));
      else parts.push(...renderNode(child, ctx));
    }
  } finally {
    ctx.ancestors.pop();
  }
  // Wide tables scroll inside their own box instead of widening the page.
  return hel('div', { className: ['table-wrapper'] }, [...anchors, hel('table', props, parts)]);
});

/** Table widths may be given as "50%", "30em" or a bare number (pixels in docutils). */
function cssLength(value: string): string {
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return trimmed + 'px';
  return /^\d+(\.\d+)?(%|px|em|rem|ex|ch|pt|cm|mm|in|pc|vw)$/.test(trimmed) ? trimmed : 'auto';
}

function tgroup(group: Element, table: Element, ctx: RenderContext): ElementContent[] {
  const colspecs = elementsOf(group).filter((child) => child.type === 'colspec');
  const stubColumns = colspecs.map((colspec) => boolAttr(colspec, 'stub'));
  const out: ElementContent[] = [];
  const colgroup = columnWidths(colspecs, table);
  if (colgroup) out.push(colgroup);
  ctx.ancestors.push(group);
  try {
    for (const part of elementsOf(group)) {
      if (part.type === 'colspec') continue;
      if (part.type === 'thead' || part.type === 'tbody') out.push(tableSection(part, stubColumns, ctx));
      else out.push(...renderNode(part, ctx));
    }
  } finally {
    ctx.ancestors.pop();
  }
  return out;
}

/** Column widths as percentages, unless the author asked for automatic widths. */
function columnWidths(colspecs: Element[], table: Element): ElementContent | null {
  const classes = stringList(table, 'classes');
  if (stringAttr(table, 'widths') === 'auto' || classes.includes('colwidths-auto')) return null;
  const widths = colspecs.map((colspec) => numberAttr(colspec, 'colwidth') ?? 0);
  const total = widths.reduce((sum, width) => sum + width, 0);
  if (total <= 0) return null;
  return hel(
    'colgroup',
    {},
    widths.map((width) => hel('col', { style: `width: ${Math.round((width / total) * 1000) / 10}%` })),
  );
}

function tableSection(section: Element, stubColumns: boolean[], ctx: RenderContext): ElementContent {
  const isHead = section.type === 'thead';
  const rows: ElementContent[] = [];
  // Cells spanning rows occupy columns of the rows below; track them to know which column each entry starts in.
  const occupied: number[] = [];
  ctx.ancestors.push(section);
  try {
    for (const row of elementsOf(section)) {
      if (row.type !== 'row') {
        rows.push(...renderNode(row, ctx));
        continue;
      }
      const cells: ElementContent[] = [];
      let column = 0;
      ctx.ancestors.push(row);
      try {
        for (const entry of elementsOf(row)) {
          while ((occupied[column] ?? 0) > 0) column++;
          const morecols = numberAttr(entry, 'morecols') ?? 0;
          const morerows = numberAttr(entry, 'morerows') ?? 0;
          const isStub = stubColumns[column] === true;
          const tag = isHead || isStub ? 'th' : 'td';
          const { props, anchors } = baseProps(entry, isStub && !isHead ? ['stub'] : []);
          if (tag === 'th') props.scope = isHead ? (morecols > 0 ? 'colgroup' : 'col') : 'row';
          if (morecols > 0) props.colSpan = morecols + 1;
          if (morerows > 0) props.rowSpan = morerows + 1;
          for (let span = 0; span <= morecols; span++) occupied[column + span] = morerows + 1;
          const content = entryContent(entry, ctx);
          cells.push(hel(tag, props, [...anchors, ...content]));
          column += morecols + 1;
        }
      } finally {
        ctx.ancestors.pop();
      }
      for (let index = 0; index < occupied.length; index++) if ((occupied[index] ?? 0) > 0) occupied[index]--;
      rows.push(hel('tr', baseProps(row).props, cells));
    }
  } finally {
    ctx.ancestors.pop();
  }
  return hel(isHead ? 'thead' : 'tbody', baseProps(section).props, rows);
}

/** A cell holding a single paragraph shows it without paragraph margins, as docutils does. */
function entryContent(entry: Element, ctx: RenderContext): ElementContent[] {
  const blocks = elementsOf(entry);
  if (blocks.length === 1 && blocks[0].type === 'paragraph' && stringList(blocks[0], 'ids').length === 0) {
    ctx.ancestors.push(entry);
    try {
      return renderInline(blocks[0], ctx);
    } finally {
      ctx.ancestors.pop();
    }
  }
  return renderBlock(entry, ctx);
}
