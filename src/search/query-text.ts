// What the full-text engine is asked: Pagefind matches words, so a long paste
// is cut to its first line (the signature index reads every line).
export function pagefindQuery(query: string): string {
  const firstLine = query.trim().split(/\r?\n/)[0] ?? '';
  return firstLine.length > 300 ? firstLine.slice(0, 300) : firstLine;
}
