// Chinese words for the full-text index. Pagefind (1.6, extended build) splits
// Chinese with a dictionary at indexing and with Intl.Segmenter in the browser,
// but the dictionary leaves many words as single characters (内核 -> 内|核,
// 镜像 -> 镜|像, 重启 -> 重|启), and Pagefind matches a single-character term
// inside any word holding it: a search for 内核 then finds every page with a
// 内 (国内) and a 核 (核对) anywhere. So rstro segments Chinese itself, the
// same way when indexing and when querying, and hands Pagefind tokens it
// cannot split again:
//
//   内存耗尽时 -> words 内存 | 耗 | 尽 | 时  (Intl.Segmenter, word granularity)
//   indexed    -> P(内存) P(耗) A(耗尽) P(尽) A(尽时) P(时)
//   query 耗尽 -> A(耗尽): only pages where 耗 is followed by 尽
//
// P(...) is a word or a lone character; A(...) ties two neighbouring lone
// characters, so a query of characters the dictionary does not join still
// needs them side by side. Each character is written as a Latin letter and
// four lowercase letters (its code point in base 26): Pagefind treats the
// result as one Latin word, never re-segments it, and its prefix matching
// stays per character (P(内) finds P(内存), as `mem` finds `memory`). The
// reader never sees tokens: pages on disk are unchanged, and titles and
// excerpts coming back from Pagefind are decoded (`decodeExcerpt`).

/** Marks a character of a word or of a lone character (decoded for display). */
const WORD_MARK = '\u01c2'; // ǂ
/** Marks a character of a pair of neighbouring lone characters (dropped for display). */
const PAIR_MARK = '\u01c1'; // ǁ
/** Separates tokens in indexed text; Pagefind breaks words there, readers never see it. */
const SEPARATOR = '\u200b';

const HAN_RUN = /\p{Script=Han}+/gu;
const HAN = /\p{Script=Han}/u;
const CODE_WIDTH = 4; // 26^4 letters cover every code point up to U+6F90F; Han ends near U+323AF

let segmenter: Intl.Segmenter | null = null;
const getSegmenter = () => (segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' }));

/**
 * Words of runs already segmented. A site repeats its phrases (headings such
 * as 原因 or 检查, terms of the trade) across pages; bounded so a huge site
 * cannot grow it without end.
 */
const wordsOfRun = new Map<string, string[]>();
const MAX_REMEMBERED = 100_000;

function remember(run: string, words: string[]): string[] {
  if (wordsOfRun.size >= MAX_REMEMBERED) wordsOfRun.clear();
  wordsOfRun.set(run, words);
  return words;
}

/** The words of a run of Chinese characters, by the ICU dictionary behind Intl.Segmenter. */
export function chineseWords(run: string): string[] {
  const known = wordsOfRun.get(run);
  if (known) return known;
  const words: string[] = [];
  for (const { segment } of getSegmenter().segment(run)) words.push(segment);
  return remember(run, words);
}

/**
 * Segments many runs in one pass (a page's worth): one call into ICU instead
 * of one per run, measured about twice as fast. A line break between runs is
 * a word boundary, so each run splits as it would alone.
 */
export function segmentRuns(runs: string[]): void {
  const fresh = [...new Set(runs.filter((run) => !wordsOfRun.has(run)))];
  if (fresh.length === 0) return;
  let words: string[] = [];
  let next = 0;
  for (const { segment } of getSegmenter().segment(fresh.join('\n'))) {
    if (segment !== '\n') words.push(segment);
    else {
      remember(fresh[next++], words);
      words = [];
    }
  }
  remember(fresh[next], words);
}

const encodedChars = new Map<string, string>();

function encodeChar(char: string, mark: string): string {
  const key = mark + char;
  let encoded = encodedChars.get(key);
  if (encoded) return encoded;
  let code = char.codePointAt(0)!;
  let letters = '';
  for (let i = 0; i < CODE_WIDTH; i++) {
    letters = String.fromCharCode(97 + (code % 26)) + letters;
    code = Math.floor(code / 26);
  }
  encoded = mark + letters;
  encodedChars.set(key, encoded);
  return encoded;
}

/** Encoded words and pairs: a site repeats its words, and encoding one allocates per character. */
const encodedTokens = new Map<string, string>();

function encodeToken(text: string, mark: string): string {
  const key = mark + text;
  let encoded = encodedTokens.get(key);
  if (encoded === undefined) {
    encoded = '';
    for (const c of text) encoded += encodeChar(c, mark);
    if (encodedTokens.size >= MAX_REMEMBERED) encodedTokens.clear();
    encodedTokens.set(key, encoded);
  }
  return encoded;
}

const encodeWord = (word: string) => encodeToken(word, WORD_MARK);
const encodePair = (pair: string) => encodeToken(pair, PAIR_MARK);

const isLone = (word: string) => word.length === 1 || (word.length === 2 && word.codePointAt(0)! > 0xffff);

/** Tokens a run of Chinese characters is indexed as: its words, and a pair for each two neighbouring lone characters. */
export function indexTokens(run: string): string[] {
  const tokens: string[] = [];
  let previousLone: string | null = null;
  for (const word of chineseWords(run)) {
    if (!isLone(word)) {
      tokens.push(encodeWord(word));
      previousLone = null;
      continue;
    }
    // The pair sits between its two characters, so a highlighted pair can light up both (decodeExcerpt).
    if (previousLone !== null) tokens.push(encodePair(previousLone + word));
    tokens.push(encodeWord(word));
    previousLone = word;
  }
  return tokens;
}

/** Tokens a run of Chinese characters in a query asks for: its words, and neighbouring lone characters as pairs. */
export function queryTokens(run: string): string[] {
  const words = chineseWords(run);
  const tokens: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    if (!isLone(word)) {
      tokens.push(encodeWord(word));
      continue;
    }
    const loneBefore = i > 0 && isLone(words[i - 1]);
    const loneAfter = i + 1 < words.length && isLone(words[i + 1]);
    if (loneAfter) tokens.push(encodePair(word + words[i + 1]));
    else if (!loneBefore) tokens.push(encodeWord(word)); // a character standing alone between words
  }
  return tokens;
}

export const hasChinese = (text: string) => HAN.test(text);

const GLUES = /[\p{L}\p{N}_]/u;

/**
 * A run of Chinese characters as indexed: its tokens, separated by zero-width
 * spaces. A separator also goes at an edge whose neighbour is a letter or a
 * digit (`用kubectl查看`), which Pagefind would otherwise glue to the token;
 * elsewhere none, because Pagefind drops a space beside one and reads a
 * heading ending in one as unfinished.
 */
export function runForIndex(run: string, before = '', after = ''): string {
  const edge = (neighbour: string) => (neighbour && GLUES.test(neighbour) ? SEPARATOR : '');
  let tokens = tokensOfRun.get(run);
  if (tokens === undefined) {
    tokens = indexTokens(run).join(SEPARATOR);
    if (tokensOfRun.size >= MAX_REMEMBERED) tokensOfRun.clear();
    tokensOfRun.set(run, tokens);
  }
  return edge(before) + tokens + edge(after);
}

/** Runs as indexed, remembered like their words: the same runs come back on page after page. */
const tokensOfRun = new Map<string, string>();

/** Text as it is indexed: every run of Chinese characters replaced by its tokens; the rest untouched. */
export function textForIndex(text: string): string {
  return text.replace(HAN_RUN, (run: string, offset: number) => runForIndex(run, text[offset - 1] ?? '', text[offset + run.length] ?? ''));
}

/** A query as Pagefind must receive it to match the indexed tokens. */
export function queryForIndex(query: string): string {
  return query.replace(HAN_RUN, (run) => ' ' + queryTokens(run).join(' ') + ' ').replace(/\s+/g, ' ').trim();
}

/**
 * Does `text` hold the Chinese words of `query`, as the full-text index would
 * match them (a word or lone character by prefix, a pair side by side)?
 * Lets other sources of hits keep to the same word boundaries.
 */
export function holdsChineseWordsOf(text: string, query: string): boolean {
  const wanted = (query.match(HAN_RUN) ?? []).flatMap(queryTokens);
  if (wanted.length === 0) return true;
  const held = (text.match(HAN_RUN) ?? []).flatMap(indexTokens);
  return wanted.every((token) => held.some((candidate) => candidate.startsWith(token)));
}

const TOKEN_CHAR = new RegExp(`([${WORD_MARK}${PAIR_MARK}])([a-z]{${CODE_WIDTH}})`, 'g');

function decodeLetters(letters: string): string {
  let code = 0;
  for (const letter of letters) code = code * 26 + (letter.charCodeAt(0) - 97);
  return String.fromCodePoint(code);
}

/** Plain text from Pagefind (a title): tokens back to the characters readers see. */
export function decodeText(text: string): string {
  return text.replace(TOKEN_CHAR, (_m, mark: string, letters: string) => (mark === WORD_MARK ? decodeLetters(letters) : '')).replaceAll(SEPARATOR, '');
}

interface Unit {
  text: string;
  marked: boolean;
  pair: boolean;
}

/**
 * An excerpt from Pagefind (HTML, matches in <mark>) as readers should see it:
 * tokens decoded, pairs dropped, and a highlighted pair passing its highlight
 * to the two characters it joins.
 */
export function decodeExcerpt(html: string): string {
  if (!html.includes(WORD_MARK) && !html.includes(PAIR_MARK)) return html.replaceAll(SEPARATOR, '');
  const units: Unit[] = [];
  let marked = false;
  const pieces = html.split(new RegExp(`(<mark>|</mark>|[${WORD_MARK}${PAIR_MARK}][a-z]{${CODE_WIDTH}})`));
  for (const piece of pieces) {
    if (piece === '<mark>') marked = true;
    else if (piece === '</mark>') marked = false;
    else if (piece.startsWith(WORD_MARK) && piece.length === CODE_WIDTH + 1) units.push({ text: decodeLetters(piece.slice(1)), marked, pair: false });
    else if (piece.startsWith(PAIR_MARK) && piece.length === CODE_WIDTH + 1) units.push({ text: '', marked, pair: true });
    else if (piece) units.push({ text: piece.replaceAll(SEPARATOR, ''), marked, pair: false });
  }
  units.forEach((unit, i) => {
    if (!unit.pair || !unit.marked) return;
    const before = units.slice(0, i).reverse().find((u) => !u.pair && u.text);
    const after = units.slice(i + 1).find((u) => !u.pair && u.text);
    if (before && HAN.test(before.text)) before.marked = true;
    if (after && HAN.test(after.text)) after.marked = true;
  });
  let out = '';
  let open = false;
  for (const unit of units) {
    if (unit.pair || !unit.text) continue;
    if (unit.marked !== open) {
      out += unit.marked ? '<mark>' : '</mark>';
      open = unit.marked;
    }
    out += unit.text;
  }
  return open ? out + '</mark>' : out;
}
