// Adding an entry to an index page's toctree without disturbing anything
// else in the file: the entry goes after the last entry of the first
// toctree, with that toctree's indentation.

export interface ToctreeEdit {
  text: string;
  added: boolean;
}

export function addToctreeEntry(source: string, entry: string): ToctreeEdit {
  const lines = source.split('\n');
  const start = lines.findIndex((line) => /^\s*\.\.\s+toctree::/.test(line));
  if (start < 0) {
    const suffix = source.endsWith('\n') ? '' : '\n';
    return { text: `${source}${suffix}\n.. toctree::\n   :maxdepth: 1\n\n   ${entry}\n`, added: true };
  }
  const directiveIndent = /^\s*/.exec(lines[start])![0].length;
  let bodyIndent: string | null = null;
  let lastEntry = start;
  let i = start + 1;
  for (; i < lines.length; i++) {
    const line = lines[i];
    if (line.trim() === '') continue;
    const indent = /^\s*/.exec(line)![0];
    if (indent.length <= directiveIndent) break;
    bodyIndent ??= indent;
    if (line.trim() === entry || line.trim().endsWith(`<${entry}>`)) return { text: source, added: false };
    lastEntry = i;
  }
  const indent = bodyIndent ?? ' '.repeat(directiveIndent + 3);
  const insertAt = lastEntry + 1;
  const onlyOptions = lines.slice(start + 1, insertAt).every((line) => line.trim() === '' || line.trim().startsWith(':'));
  const newLines = onlyOptions ? ['', indent + entry] : [indent + entry];
  lines.splice(insertAt, 0, ...newLines);
  return { text: lines.join('\n'), added: true };
}
