// Pages made by `rstro new incident` carry «fill in: ...» placeholders; a
// page that still has them is not finished, and check says so, line by line.
import type { SphinxWarning } from '../sphinx/warnings.js';
import { placeholderLines } from './template.js';

export function placeholderWarnings(file: string, text: string, docname?: string): SphinxWarning[] {
  return placeholderLines(text).map((line) => ({
    level: 'WARNING' as const,
    type: 'placeholder',
    file,
    docname,
    line,
    message: 'placeholder left unfilled: replace the «fill in: ...» text',
  }));
}
