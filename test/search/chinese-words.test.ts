// Chinese words in the full-text index: segmented the same way when indexing
// and when querying, matched by word and not by loose characters, and shown
// to readers exactly as written.
import { describe, expect, it } from 'vitest';
import { chineseWords, decodeExcerpt, decodeText, holdsChineseWordsOf, queryForIndex, textForIndex } from '../../src/search/chinese-words.js';

const MEMORY_PAGE = '节点的内存耗尽时，内核会杀死占用最多的进程。请用 kubectl top pod 查看各个容器的用量。';
const MIRROR_PAGE = '国内用户可以改用镜像站点加速下载。保存配置文件以后重启服务，最后核对一下下载速度。';

/** Does Pagefind's matching (per query term: an indexed word starting with it) find the query in the text? */
function pagefindWouldMatch(text: string, query: string): boolean {
  const indexed = textForIndex(text).split(/[\s\u200b，。、；：！？,.;:!?()]+/).filter(Boolean);
  return queryForIndex(query)
    .split(' ')
    .every((term) => indexed.some((word) => word.toLowerCase().startsWith(term.toLowerCase())));
}

describe('Chinese words for search', () => {
  it('segments by the dictionary: 内存 is one word, not two characters', () => {
    expect(chineseWords('节点的内存耗尽时')).toContain('内存');
    expect(chineseWords('国内用户')).toContain('国内');
  });

  it('finds a word only where it is written, not where its characters sit in other words', () => {
    // 内存: a dictionary word. The mirror page has 内 (国内) and 存 (保存) only.
    expect(pagefindWouldMatch(MEMORY_PAGE, '内存')).toBe(true);
    expect(pagefindWouldMatch(MIRROR_PAGE, '内存')).toBe(false);
    // 内核: the dictionary leaves it as 内|核; the characters must still stand side by side.
    // The mirror page has 内 (国内) and 核 (核对), apart.
    expect(chineseWords('内核会')).toEqual(['内', '核', '会']);
    expect(pagefindWouldMatch(MEMORY_PAGE, '内核')).toBe(true);
    expect(pagefindWouldMatch(MIRROR_PAGE, '内核')).toBe(false);
    expect(pagefindWouldMatch(MIRROR_PAGE, '重启')).toBe(true);
    expect(pagefindWouldMatch(MEMORY_PAGE, '重启')).toBe(false);
  });

  it('matches several words in any order, and a phrase the dictionary splits differently', () => {
    expect(pagefindWouldMatch(MEMORY_PAGE, '进程 内存')).toBe(true);
    expect(pagefindWouldMatch(MEMORY_PAGE, '内存耗尽')).toBe(true);
    expect(pagefindWouldMatch(MEMORY_PAGE, '容器用量')).toBe(true);
    expect(pagefindWouldMatch(MEMORY_PAGE, '镜像')).toBe(false);
  });

  it('leaves English and the Latin words in Chinese text as they are', () => {
    expect(textForIndex('When memory runs out, the kernel kills a process.')).toBe('When memory runs out, the kernel kills a process.');
    expect(queryForIndex('cannot allocate memory')).toBe('cannot allocate memory');
    expect(queryForIndex('kubectl 内存')).toMatch(/^kubectl \S+$/);
    expect(pagefindWouldMatch(MEMORY_PAGE, 'kubectl 内存')).toBe(true);
    expect(pagefindWouldMatch(MEMORY_PAGE, 'kubectl')).toBe(true);
  });

  it('gives readers back the text as written', () => {
    for (const text of [MEMORY_PAGE, MIRROR_PAGE, '用kubectl查看', 'Memory pressure', '内存排查']) {
      expect(decodeText(textForIndex(text))).toBe(text);
    }
  });

  it('highlights the matched Chinese word in an excerpt, with no tokens left', () => {
    // Pagefind wraps each matched token of the indexed text in <mark>; mimic it for 内核 (a pair) and 内存 (a word).
    const indexed = textForIndex('内存耗尽时，内核会杀死进程');
    const tokens = indexed.split(/(\u200b|，)/);
    const pair = queryForIndex('内核');
    const word = queryForIndex('内存');
    const excerpt = tokens.map((t) => (t === pair || t === word ? `<mark>${t}</mark>` : t)).join('');
    expect(decodeExcerpt(excerpt)).toBe('<mark>内存</mark>耗尽时，<mark>内核</mark>会杀死进程');
    expect(decodeExcerpt('Memory <mark>pressure</mark>')).toBe('Memory <mark>pressure</mark>');
  });

  it('keeps a recorded line only when it holds the query’s words', () => {
    expect(holdsChineseWordsOf('错误：内存耗尽', '内存')).toBe(true);
    expect(holdsChineseWordsOf('国内镜像，保存失败', '内存')).toBe(false);
    expect(holdsChineseWordsOf('anything at all', 'cannot allocate memory')).toBe(true);
  });
});
