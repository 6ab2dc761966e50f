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
