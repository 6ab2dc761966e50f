// The copy of a page that Pagefind indexes: Chinese text as word tokens,
// everything else (markup, attributes, scripts, English) unchanged.
import { describe, expect, it } from 'vitest';
import { decodeText, queryForIndex } from '../../src/search/chinese-words.js';
import { htmlForIndex } from '../../src/search/index-html.js';

describe('htmlForIndex', () => {
  it('leaves English text as it is', () => {
    const html = '<html lang="en"><body><article data-pagefind-body><h1>Memory</h1><p>The <em>kernel</em> kills it.</p></article></body></html>';
    expect(htmlForIndex(html)).toBe(html);
  });

  it('sends Pagefind the head and the indexed element only, nested elements and all', () => {
    const html =
      '<html lang="zh-CN"><head><title>内存排查</title></head><body><nav id="sidebar"><a href="/">首页</a></nav>' +
      '<main><article data-pagefind-body><h1>内存排查</h1><article><p>内核</p></article><p>Tail</p></article><aside>本页内容</aside></main></body></html>';
    const indexed = decodeText(htmlForIndex(html));
    expect(indexed).toBe('<html lang="zh-CN"><head><title>内存排查</title></head><body><article data-pagefind-body><h1>内存排查</h1><article><p>内核</p></article><p>Tail</p></article></body></html>');
    // A page that marks nothing is indexed whole.
    expect(decodeText(htmlForIndex('<html><body><nav>首页</nav><p>内存</p></body></html>'))).toBe('<html><body><nav>首页</nav><p>内存</p></body></html>');
  });

  it('rewrites only the text: attributes, scripts and markup keep their Chinese', () => {
    const html = '<html lang="zh-CN"><head><script>const label = "内存";</script></head><body><article data-pagefind-body><h1 title="内存">内存排查<a class="headerlink" href="#x" data-pagefind-ignore>#</a></h1><p>节点的内存耗尽时</p></article></body></html>';
    const indexed = htmlForIndex(html);
    expect(indexed).toContain('<script>const label = "内存";</script>');
    expect(indexed).toContain('<h1 title="内存">');
    expect(indexed).toContain('<a class="headerlink" href="#x" data-pagefind-ignore>#</a></h1>');
    expect(indexed.replace(/<script>[\s\S]*?<\/script>|"[^"]*"/g, '')).not.toMatch(/\p{Script=Han}/u);
    expect(decodeText(indexed)).toBe(html);
  });

  it('reads a word across inline markup as one word, and block markup as a break', () => {
    const word = queryForIndex('内存');
    expect(htmlForIndex('<p>请看<em>内</em>存用量</p>')).toContain(word);
    expect(htmlForIndex('<p>内</p><p>存</p>')).not.toContain(word);
  });

  it('keeps a Latin word next to Chinese apart from it, and spaces where they were', () => {
    const indexed = htmlForIndex('<p>用<code>kubectl</code>查看 cgroup 的用量</p>');
    // Pagefind joins text across inline tags, so a separator must stand between the word and the tokens.
    expect(indexed).toMatch(/\u200b<code>kubectl<\/code>\u200b/);
    expect(indexed).toMatch(/\S cgroup \S/);
  });
});
