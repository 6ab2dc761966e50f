import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pformat } from '../../../src/doctree/index.js';
import { createRegistries, parseRst } from '../../../src/rst/index.js';
import { tableDirectives } from '../../../src/rst/directives/tables.js';

const registries = createRegistries();
for (const [name, spec] of tableDirectives()) registries.directives.set(name, spec);

function parse(source: string, cwd?: string): string {
  return pformat(parseRst(source, { registries, settings: { sourcePath: 'test data', ...(cwd ? { cwd } : {}) } }));
}

describe('table directive', () => {
  it('adds a title, classes, alignment, a name and given widths to the table inside', () => {
    const out = parse(['.. table:: Truth table', '   :class: custom', '   :name: truth', '   :align: center', '   :widths: 3 4', '', '   =====  =====', '     A    not A', '   =====  =====', '   False  True', '   =====  =====', ''].join('\n'));
    expect(out).toContain('<table align="center" classes="custom colwidths-given" ids="truth" names="truth">');
    expect(out).toContain('<title>\n            Truth table');
    expect(out).toContain('<colspec colwidth="3">\n            <colspec colwidth="4">');
  });

  it('insists on exactly one table', () => {
    const out = parse('.. table:: Not a table.\n\n   This is a paragraph.\n');
    expect(out).toContain('Error parsing content block for the "table" directive: exactly one table expected.');
  });

  it('checks :widths: against the number of columns', () => {
    const out = parse('.. table::\n   :widths: 1 2 3\n\n   ===  ===\n   a    b\n   ===  ===\n');
    expect(out).toContain('"table" widths do not match the number of columns in table (2).');
  });
});

describe('csv-table directive', () => {
  it('builds header rows, stub columns and widths from CSV', () => {
    const out = parse(
      ['.. csv-table:: Frozen delights', '   :header: "Treat", "Quantity"', '   :widths: 15, 10', '   :stub-columns: 1', '', '   "Albatross", 2.99', '   "Crunchy Frog", "1.49', '   each"', ''].join('\n'),
    );
    expect(out).toContain('<table classes="colwidths-given">');
    expect(out).toContain('<colspec colwidth="15" stub="1">');
    expect(out).toMatch(/<thead>\n\s+<row>\n\s+<entry>\n\s+<paragraph>\n\s+Treat/);
    expect(out).toContain('1.49\n                            each');
  });

  it('pads short rows and splits equal widths', () => {
    const out = parse('.. csv-table::\n\n   one, 2, three\n   4, five\n');
    expect(out.match(/<colspec colwidth="33">/g)).toHaveLength(3);
    expect(out).toMatch(/five\n\s+<entry>\n*$/);
  });

  it('reports bad CSV with Python\'s words', () => {
    expect(parse('.. csv-table::\n\n   "bad", "csv, data\n')).toContain('Error with CSV data in "csv-table" directive:\n            unexpected end of data');
  });

  it('reads :file: relative to the document folder, with an :encoding:', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'rstro-csv-'));
    const bytes = Buffer.from('\ufeffa,b\n"c", d\n', 'utf16le');
    writeFileSync(path.join(dir, 'data.csv'), bytes);
    const out = parse('.. csv-table::\n   :file: data.csv\n   :encoding: utf-16\n', dir);
    expect(out).toMatch(/<paragraph>\n\s+c\n\s+<entry>\n\s+<paragraph>\n\s+d/);
    const missing = parse('.. csv-table::\n   :file: nope.csv\n', dir);
    expect(missing).toContain('type="SEVERE"');
    expect(missing).toContain(`Problems with "csv-table" directive path:\n            [Errno 2] No such file or directory: 'nope.csv'.`);
  });

  it('never fetches :url:', () => {
    expect(parse('.. csv-table::\n   :url: bogus.csv\n')).toContain(`unknown url type: 'bogus.csv'.`);
  });

  it('refuses content together with :file:', () => {
    expect(parse('.. csv-table::\n   :file: x.csv\n\n   a, b\n')).toContain('"csv-table" directive may not both specify an external file and have content.');
  });
});

describe('list-table directive', () => {
  it('builds a table from a two-level bullet list', () => {
    const out = parse(['.. list-table:: Weather', '   :header-rows: 1', '   :widths: auto', '', '   * - Day', '     - Forecast', '   * - Monday', '     - Rain', ''].join('\n'));
    expect(out).toContain('<table classes="colwidths-auto">');
    expect(out).toMatch(/<tbody>\n\s+<row>\n\s+<entry>\n\s+<paragraph>\n\s+Monday/);
  });

  it('explains which row breaks the two-level structure', () => {
    const out = parse('.. list-table::\n\n   * - columns not uniform\n   * - first row has one,\n     - second row has two\n');
    expect(out).toContain('row 2 does not contain the same number of items as row 1 (2 vs 1).');
  });

  it('needs body data after header rows and stub columns', () => {
    expect(parse('.. list-table::\n   :stub-columns: 2\n\n   * - column 1\n     - column 2\n')).toContain(
      'Insufficient data supplied (2 columns(s)); no data remaining for table body, required by "list-table" directive.',
    );
  });
});
