// One ranking from both sources: for Chinese keywords the signature index keeps
// to the same word boundaries as the full text, so a recorded line that merely
// holds a word's characters in other words is no answer.
import { describe, expect, it } from 'vitest';
import { combineResults, type FullTextHit } from '../../src/search/combine.js';
import type { SignatureHit } from '../../src/search/signature-index.js';

const hit = (docname: string, matched: string, score = 0.5): SignatureHit => ({ docname, url: `/${docname}/`, title: docname, score, matched });
const fullText: FullTextHit[] = [{ url: '/memory/', title: '内存耗尽排查', excerpt: '节点的<mark>内存</mark>耗尽时' }];

describe('combineResults with Chinese keywords', () => {
  it('drops signature hits whose line only holds the characters of the query’s word', () => {
    const signature = [hit('mirror', '国内镜像：保存配置失败'), hit('oom', '错误：内存耗尽')];
    const docnames = combineResults('内存', signature, fullText, new Map()).map((h) => h.docname);
    expect(docnames).toEqual(['memory', 'oom']);
  });

  it('keeps matching pasted log lines loosely, as before', () => {
    // The pasted line says 耗尽 where the recorded one says 不足: still the same error.
    const pasted = '2024-03-08 12:00:01 kubelet: 错误：内存耗尽，无法创建容器 (code 3)';
    const signature = [hit('oom', 'kubelet: 错误：内存不足，无法创建容器 (code 1)', 0.9)];
    expect(combineResults(pasted, signature, [], new Map()).map((h) => h.docname)).toEqual(['oom']);
    // The same words typed as keywords must be on the line.
    expect(combineResults('内存耗尽 无法创建容器', signature, [], new Map())).toEqual([]);
  });
});
