// CSV as the csv-table directive reads it: Python's csv module with docutils'
// dialect (strict, `"` quotes doubled to escape them, spaces after a delimiter
// skipped unless :keepspace:). Python's behaviour is the contract, including
// its error texts, since users compare our messages with docutils':
//
//     "Albatross", 2.99, "On a stick!"      -> ['Albatross', '2.99', 'On a stick!']
//     "If we took the bones out, it         -> one field holding a newline
//     wouldn't be crunchy"
//     (blank line)                          -> an empty row
//     "bad", "csv                           -> CsvError('unexpected end of data')

export interface CsvDialect {
  delimiter: string;
  quotechar: string;
  escapechar: string | null;
  /** A doubled quote inside quotes stands for one quote (docutils turns this off when an escape character is set). */
  doublequote: boolean;
  /** Skip spaces that follow a delimiter. */
  skipInitialSpace: boolean;
}

export const DOCUTILS_DIALECT: CsvDialect = { delimiter: ',', quotechar: '"', escapechar: null, doublequote: true, skipInitialSpace: true };

export class CsvError extends Error {}

const enum S {
  StartRecord,
  StartField,
  Escaped,
  /** After an escaped line break: the field goes on on the next line. */
  AfterEscapedNewline,
  InField,
  InQuoted,
  EscapedInQuoted,
  QuoteInQuoted,
  EatNewline,
}

/** Parse CSV given as lines (each read as if followed by a newline). */
export function parseCsv(lines: readonly string[], dialect: CsvDialect = DOCUTILS_DIALECT): string[][] {
  const { delimiter, quotechar, escapechar, doublequote, skipInitialSpace } = dialect;
  const rows: string[][] = [];
  let fields: string[] = [];
  let field = '';
  let state = S.StartRecord;
  const save = (): void => {
    fields.push(field);
    field = '';
  };
  const add = (ch: string): void => {
    field += ch;
  };
  // `null` stands for the end of a line as Python's reader sees it (after its '\n').
  const step = (c: string | null): void => {
    switch (state) {
      case S.StartRecord:
        if (c === null) return;
        if (c === '\n' || c === '\r') {
          state = S.EatNewline;
          return;
        }
        state = S.StartField;
      // falls through
      case S.StartField:
        if (c === null || c === '\n' || c === '\r') {
          save();
          state = c === null ? S.StartRecord : S.EatNewline;
        } else if (c === quotechar) {
          state = S.InQuoted;
        } else if (c === escapechar) {
          state = S.Escaped;
        } else if (c === ' ' && skipInitialSpace) {
          // ignored
        } else if (c === delimiter) {
          save();
        } else {
          add(c);
          state = S.InField;
        }
        return;
      case S.Escaped:
        if (c === '\n' || c === '\r') {
          add(c);
          state = S.AfterEscapedNewline;
          return;
        }
        add(c === null ? '\n' : c);
        state = S.InField;
        return;
      case S.AfterEscapedNewline:
        if (c === null) return;
      // falls through
      case S.InField:
        if (c === null || c === '\n' || c === '\r') {
          save();
          state = c === null ? S.StartRecord : S.EatNewline;
        } else if (c === escapechar) {
          state = S.Escaped;
        } else if (c === delimiter) {
          save();
          state = S.StartField;
        } else {
          add(c);
        }
        return;
      case S.InQuoted:
        if (c === null) return;
        if (c === escapechar) state = S.EscapedInQuoted;
        else if (c === quotechar) state = doublequote ? S.QuoteInQuoted : S.InField;
        else add(c);
        return;
      case S.EscapedInQuoted:
        add(c === null ? '\n' : c);
        state = S.InQuoted;
        return;
      case S.QuoteInQuoted:
        if (c === quotechar) {
          add(c);
          state = S.InQuoted;
        } else if (c === delimiter) {
          save();
          state = S.StartField;
        } else if (c === null || c === '\n' || c === '\r') {
          save();
          state = c === null ? S.StartRecord : S.EatNewline;
        } else {
          throw new CsvError(`'${delimiter}' expected after '${quotechar}'`);
        }
        return;
      case S.EatNewline:
        if (c === '\n' || c === '\r') return;
        if (c === null) {
          state = S.StartRecord;
          return;
        }
        throw new CsvError("new-line character seen in unquoted field - do you need to open the file with newline=''?");
    }
  };
  for (const line of lines) {
    for (const ch of line) step(ch);
    step('\n');
    step(null);
    if (state === S.StartRecord) {
      rows.push(fields);
      fields = [];
    }
  }
  // Input ended inside a record: an unfinished field is an error (the dialect
  // is strict); anything else of the record is dropped, as Python does.
  if (state !== S.StartRecord && (field.length > 0 || state === S.InQuoted)) throw new CsvError('unexpected end of data');
  return rows;
}
