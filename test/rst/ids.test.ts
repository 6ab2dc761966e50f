// Identifiers and reference names, as docutils derives them (values observed
// from docutils' make_id and fully_normalize_name).
import { describe, expect, it } from 'vitest';
import { makeId, normalizeName } from '../../src/rst/ids.js';

const CASES: [string, string, string][] = [
  ['Hello World', 'hello-world', 'hello world'],
  ['1. Numbered Title', 'numbered-title', '1. numbered title'],
  ['Ærøskøbing straße', 'aeroskobing-strasze', 'ærøskøbing straße'],
  ['Café  con\tleche', 'cafe-con-leche', 'café con leche'],
  ['---', '', '---'],
  ['über-Größe!', 'uber-grosze', 'über-größe!'],
  ['a_b.c', 'a-b-c', 'a_b.c'],
  ['日本語 title', 'title', '日本語 title'],
  ['Ŀ ŧest đ', 'l-test-d', 'ŀ ŧest đ'],
  // Names mixing CJK text with ASCII (the CJK characters leave no trace in ids).
  ['步骤 1', '', '步骤 1'],
  ['pod 中文 restart', 'pod-restart', 'pod 中文 restart'],
  ['Kubernetes 节点 Node', 'kubernetes-node', 'kubernetes 节点 node'],
  ['a中b', 'ab', 'a中b'],
  ['한국어 guide', 'guide', '한국어 guide'],
  // ... but these decompose to ASCII: a voicing mark and an ideographic space to spaces, fullwidth letters to letters.
  ['ア゛b', 'b', 'ア゛b'],
  ['a\u3000b', 'a-b', 'a b'],
  ['ｆｕｌｌ中', 'full', 'ｆｕｌｌ中'],
];

describe('makeId', () => {
  it.each(CASES)('%j -> id %j', (name, id) => {
    expect(makeId(name)).toBe(id);
  });
});

describe('normalizeName', () => {
  it.each(CASES)('%j -> name %j', (name, _id, normalized) => {
    expect(normalizeName(name)).toBe(normalized);
  });
});
