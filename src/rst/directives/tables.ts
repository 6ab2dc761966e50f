// The table directives: `table` (a title and options for a grid or simple
// table), `csv-table` (a table from comma-separated values, inline or from a
// file) and `list-table` (a table from a two-level bullet list).
//
//     .. csv-table:: Frozen delights!
//        :header: "Treat", "Quantity", "Description"
//        :widths: 15, 10, 30
//
//        "Albatross", 2.99, "On a stick!"
//
//     .. list-table:: Weather forecast
//        :header-rows: 1
//
//        * - Day
//          - Forecast
//        * - Monday
//          - Rain
import { el, listAttr } from '../../doctree/builders.js';
import type { DoctreeNode, Element } from '../../doctree/types.js';
import type { DirectiveInvocation, DirectiveSpec, OptionConverter } from '../api.js';
import { buildTable } from '../tables/build.js';
import { CsvError, DOCUTILS_DIALECT, parseCsv, type CsvDialect } from '../tables/csv.js';
import type { TableCell, TableRow } from '../tables/structure.js';
import { addClasses, addName, hasContent, here, includedSource } from './common.js';
import { FileProblem, readInputFile, resolveInputPath } from './files.js';
import {
  choice,
  classOption,
  encoding,
  flag,
  lengthOrPercentageOrUnitless,
  nonnegativeInt,
  path,
  positiveIntList,
  singleCharOrUnicode,
  singleCharOrWhitespaceOrUnicode,
  unchanged,
  uri,
  valueOr,
} from './options.js';

export function tableDirectives(): Map<string, DirectiveSpec> {
  return new Map<string, DirectiveSpec>([
    ['table', tableDirective],
    ['csv-table', csvTableDirective],
    ['list-table', listTableDirective],
  ]);
}

/** `:widths:` is a list of integers, or the words `auto` / `grid`. */
type Widths = number[] | 'auto' | 'grid' | undefined;

const COMMON_OPTIONS: Record<string, OptionConverter> = {
  class: classOption,
  name: unchanged,
  align: choice(['left', 'center', 'right']),
  width: lengthOrPercentageOrUnitless(),
  // `grid` (keep the drawn widths) only makes sense for drawn tables.
  widths: valueOr(['auto'], positiveIntList),
};

/** A problem that ends the directive with one system message (docutils' SystemMessagePropagation). */
class Abort extends Error {
  constructor(readonly node: Element) {
    super('abort');
  }
}

function abort(inv: DirectiveInvocation, level: number, message: string): Abort {
  return new Abort(
    inv.reporter.systemMessage(level, message, {
      line: inv.lineno,
      ...(includedSource(inv) ? { source: includedSource(inv) } : {}),
      children: [el('literal_block', { 'xml:space': 'preserve' }, [{ type: 'text', value: inv.blockText }])],
    }),
  );
}

/** The directive argument as an inline-parsed `title`, and the messages to place after the table. */
function makeTitle(inv: DirectiveInvocation): { title: Element | null; messages: Element[] } {
  const argument = inv.arguments[0];
  if (!argument) return { title: null, messages: [] };
  const { nodes, messages } = inv.state.parseInline(argument, inv.lineno);
  return { title: el('title', {}, nodes, here(inv)), messages };
}

function widthsOf(inv: DirectiveInvocation): Widths {
  return inv.options.widths as Widths;
}

/** Column widths for a table built from data: the :widths: list, or equal shares of 100. */
function columnWidths(inv: DirectiveInvocation, columns: number): number[] {
  const widths = widthsOf(inv);
  if (Array.isArray(widths)) {
    if (widths.length !== columns) throw abort(inv, 3, `"${inv.name}" widths do not match the number of columns in table (${columns}).`);
    return widths;
  }
  if (columns > 0) return new Array<number>(columns).fill(Math.floor(100 / columns));
  throw abort(inv, 3, 'No table data detected in CSV file.');
}

function widthsClass(inv: DirectiveInvocation): string | null {
  const widths = widthsOf(inv);
  if (widths === 'auto') return 'colwidths-auto';
  return widths ? 'colwidths-given' : null;
}

function applyAlignAndWidth(table: Element, inv: DirectiveInvocation): void {
  if (inv.options.align !== undefined) table.attributes.align = inv.options.align as string;
  if (inv.options.width !== undefined) table.attributes.width = inv.options.width as string;
}

/** Header and stub counts must leave some data for the table body. */
function checkDimensions(inv: DirectiveInvocation, rows: readonly { length: number }[], headerRows: number, stubColumns: number): void {
  if (rows.length < headerRows) {
    throw abort(inv, 3, `${headerRows} header row(s) specified but only ${rows.length} row(s) of data supplied ("${inv.name}" directive).`);
  }
  if (rows.length === headerRows && headerRows > 0) {
    throw abort(inv, 3, `Insufficient data supplied (${rows.length} row(s)); no data remaining for table body, required by "${inv.name}" directive.`);
  }
  for (const row of rows) {
    if (row.length < stubColumns) {
      throw abort(inv, 3, `${stubColumns} stub column(s) specified but only ${row.length} columns(s) of data supplied ("${inv.name}" directive).`);
    }
    if (row.length === stubColumns && stubColumns > 0) {
      throw abort(inv, 3, `Insufficient data supplied (${row.length} columns(s)); no data remaining for table body, required by "${inv.name}" directive.`);
    }
  }
}

function runGuarded(run: (inv: DirectiveInvocation) => DoctreeNode[]): (inv: DirectiveInvocation) => DoctreeNode[] {
  return (inv) => {
    try {
      return run(inv);
    } catch (error) {
      if (error instanceof Abort) return [error.node];
      throw error;
    }
  };
}

// ---------------------------------------------------------------- table

const tableDirective: DirectiveSpec = {
  optionalArguments: 1,
  finalArgumentWhitespace: true,
  hasContent: true,
  optionSpec: { ...COMMON_OPTIONS, widths: valueOr(['auto', 'grid'], positiveIntList) },
  run: runGuarded((inv) => {
    if (!hasContent(inv)) throw abort(inv, 2, `Content block expected for the "${inv.name}" directive; none found.`);
    const { title, messages } = makeTitle(inv);
    const holder = el('container');
    inv.state.nestedParse(inv.content, inv.contentOffset, holder);
    const table = holder.children[0] as Element | undefined;
    if (holder.children.length !== 1 || table?.type !== 'table') {
      throw abort(inv, 3, `Error parsing content block for the "${inv.name}" directive: exactly one table expected.`);
    }
    addClasses(table, inv);
    applyAlignAndWidth(table, inv);
    const widths = widthsOf(inv);
    if (Array.isArray(widths)) {
      const tgroup = table.children.find((child) => child.type === 'tgroup') as Element;
      const colspecs = tgroup.children.filter((child): child is Element => child.type === 'colspec');
      const given = columnWidths(inv, Number(tgroup.attributes.cols));
      colspecs.forEach((colspec, i) => {
        if (i < given.length) colspec.attributes.colwidth = given[i];
      });
    }
    const extraClass = widthsClass(inv);
    if (extraClass) listAttr(table, 'classes').push(extraClass);
    addName(table, inv);
    if (title) table.children.unshift(title);
    return [table, ...messages];
  }),
};

// ---------------------------------------------------------------- csv-table

const csvTableDirective: DirectiveSpec = {
  optionalArguments: 1,
  finalArgumentWhitespace: true,
  hasContent: true,
  optionSpec: {
    ...COMMON_OPTIONS,
    'header-rows': nonnegativeInt,
    'stub-columns': nonnegativeInt,
    header: unchanged,
    file: path,
    url: uri,
    encoding,
    delim: singleCharOrWhitespaceOrUnicode,
    keepspace: flag,
    quote: singleCharOrUnicode,
    escape: singleCharOrUnicode,
  },
  run: runGuarded((inv) => {
    const options = inv.options;
    if (!inv.document.settings.fileInsertionEnabled && (options.file !== undefined || options.url !== undefined)) {
      throw abort(inv, 2, `File and URL access deactivated; ignoring "${inv.name}" directive.`);
    }
    const { title, messages } = makeTitle(inv);
    const dialect = csvDialect(options);
    let head: string[][];
    let rows: string[][];
    try {
      const data = csvData(inv);
      head = typeof options.header === 'string' ? parseCsv(options.header.split('\n'), dialect) : [];
      rows = parseCsv(data, dialect);
    } catch (error) {
      if (!(error instanceof CsvError)) throw error;
      throw abort(inv, 3, `Error with CSV data in "${inv.name}" directive:\n${error.message}`);
    }
    const columns = Math.max(0, ...head.map((row) => row.length), ...rows.map((row) => row.length));
    const headerRows = (options['header-rows'] as number | undefined) ?? 0;
    const stubColumns = (options['stub-columns'] as number | undefined) ?? 0;
    checkDimensions(inv, rows, headerRows, stubColumns);
    head = head.concat(rows.slice(0, headerRows));
    const body = rows.slice(headerRows);
    const widths = columnWidths(inv, columns);

    // docutils parses CSV cells one line above the content (it mixes 0- and
    // 1-based line numbers here); messages from cells follow it.
    const cellOffset = inv.contentOffset - 1;
    const toRow = (values: string[]): TableRow => {
      const cells: TableCell[] = values.map((value) => ({ morerows: 0, morecols: 0, offset: cellOffset, lines: splitCellLines(value) }));
      while (cells.length < columns) cells.push({ morerows: 0, morecols: 0, offset: cellOffset, lines: [] });
      return cells;
    };
    const table = buildTable(
      { colwidths: widths, headRows: head.map(toRow), bodyRows: body.map(toRow) },
      inv.state,
      { stubColumns },
      here(inv),
    );
    const extraClass = widthsClass(inv);
    if (extraClass) listAttr(table, 'classes').push(extraClass);
    addClasses(table, inv);
    applyAlignAndWidth(table, inv);
    addName(table, inv);
    if (title) table.children.unshift(title);
    return [table, ...messages];
  }),
};

function csvDialect(options: Record<string, unknown>): CsvDialect {
  const escapechar = (options.escape as string | undefined) ?? null;
  return {
    delimiter: (options.delim as string | undefined) ?? DOCUTILS_DIALECT.delimiter,
    quotechar: (options.quote as string | undefined) ?? DOCUTILS_DIALECT.quotechar,
    escapechar,
    // With an escape character, a quote inside quotes is written escaped, not doubled.
    doublequote: escapechar === null,
    skipInitialSpace: !('keepspace' in options),
  };
}

/** A cell's text as lines (Python's str.splitlines()). */
function splitCellLines(value: string): string[] {
  const lines = value.split(/\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]/);
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** The CSV lines: the directive content, or the :file: / :url: data. */
function csvData(inv: DirectiveInvocation): string[] {
  const options = inv.options;
  const file = options.file as string | undefined;
  const url = options.url as string | undefined;
  if (inv.content.length > 0 && hasContent(inv)) {
    if (file !== undefined || url !== undefined) {
      throw abort(inv, 3, `"${inv.name}" directive may not both specify an external file and have content.`);
    }
    return inv.content;
  }
  if (file !== undefined) {
    if (url !== undefined) {
      throw abort(inv, 3, `The "file" and "url" options may not be simultaneously specified for the "${inv.name}" directive.`);
    }
    let textData: string;
    try {
      textData = readInputFile(inv, resolveInputPath(inv, file), options.encoding as string | undefined);
    } catch (error) {
      if (!(error instanceof FileProblem)) throw error;
      const detail = error.message.replace(/^InputError: /, '');
      throw abort(inv, 4, `Problems with "${inv.name}" directive path:\n${detail}.`);
    }
    return splitCellLines(textData);
  }
  if (url !== undefined) {
    // Nothing is fetched over the network: the message is the one docutils
    // gives for a URL it cannot open.
    throw abort(inv, 4, `Problems with "${inv.name}" directive URL "${url}":\n${urlProblem(url)}.`);
  }
  throw abort(inv, 2, `The "${inv.name}" directive requires content; none supplied.`);
}

/** What Python's urlopen says about `url` when it cannot be fetched. */
function urlProblem(url: string): string {
  const scheme = /^([^/:]+):/.exec(url);
  if (!scheme) return `unknown url type: '${url}'`;
  const known = ['http', 'https', 'ftp', 'file', 'data'];
  if (!known.includes(scheme[1].toLowerCase())) return `<urlopen error unknown url type: ${scheme[1].toLowerCase()}>`;
  return '<urlopen error remote access is disabled (rstro does not fetch URLs while parsing)>';
}

// ---------------------------------------------------------------- list-table

const listTableDirective: DirectiveSpec = {
  optionalArguments: 1,
  finalArgumentWhitespace: true,
  hasContent: true,
  optionSpec: {
    ...COMMON_OPTIONS,
    'header-rows': nonnegativeInt,
    'stub-columns': nonnegativeInt,
  },
  run: runGuarded((inv) => {
    if (!hasContent(inv)) throw abort(inv, 3, `The "${inv.name}" directive is empty; content required.`);
    const { title, messages } = makeTitle(inv);
    const holder = el('container');
    inv.state.nestedParse(inv.content, inv.contentOffset, holder);
    const rows = listRows(inv, holder);
    const columns = rows.length > 0 ? rows[0].length : 0;
    const widths = columnWidths(inv, columns);
    const headerRows = (inv.options['header-rows'] as number | undefined) ?? 0;
    const stubColumns = (inv.options['stub-columns'] as number | undefined) ?? 0;
    checkDimensions(inv, rows, headerRows, stubColumns);

    const table = el('table', {}, [], here(inv));
    const extraClass = widthsClass(inv);
    if (extraClass) listAttr(table, 'classes').push(extraClass);
    const tgroup = el('tgroup', { cols: widths.length });
    table.children.push(tgroup);
    widths.forEach((width, i) => {
      const colspec = el('colspec', { colwidth: width });
      if (i < stubColumns) colspec.attributes.stub = 1;
      tgroup.children.push(colspec);
    });
    const rowNodes = rows.map((cells) => el('row', {}, cells.map((children) => el('entry', {}, children))));
    if (headerRows > 0) tgroup.children.push(el('thead', {}, rowNodes.slice(0, headerRows)));
    tgroup.children.push(el('tbody', {}, rowNodes.slice(headerRows)));
    applyAlignAndWidth(table, inv);
    addClasses(table, inv);
    addName(table, inv);
    if (title) table.children.unshift(title);
    return [table, ...messages];
  }),
};

/** The cells of a two-level bullet list: rows of the second-level items' contents. */
function listRows(inv: DirectiveInvocation, holder: Element): DoctreeNode[][][] {
  const prefix = `Error parsing content block for the "${inv.name}" directive: `;
  const list = holder.children[0] as Element | undefined;
  if (holder.children.length !== 1 || list?.type !== 'bullet_list') throw abort(inv, 3, `${prefix}exactly one bullet list expected.`);
  const rows: DoctreeNode[][][] = [];
  list.children.forEach((child, index) => {
    const item = child as Element;
    const inner = item.children[0] as Element | undefined;
    if (item.children.length !== 1 || inner?.type !== 'bullet_list') {
      throw abort(inv, 3, `${prefix}two-level bullet list expected, but row ${index + 1} does not contain a second-level bullet list.`);
    }
    if (index > 0 && inner.children.length !== rows[0].length) {
      throw abort(
        inv,
        3,
        `${prefix}uniform two-level bullet list expected, but row ${index + 1} does not contain the same number of items as row 1 (${inner.children.length} vs ${rows[0].length}).`,
      );
    }
    rows.push(inner.children.map((cell) => (cell as Element).children));
  });
  return rows;
}
