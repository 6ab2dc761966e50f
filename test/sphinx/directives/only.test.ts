import { describe, expect, it } from 'vitest';
import { textContent } from '../../../src/doctree/builders.js';
import { applyOnly } from '../../../src/sphinx/directives/only.js';
import { parseTagExpression, tagsMatch } from '../../../src/sphinx/tags.js';
import { build } from './harness.js';

describe('tag expressions', () => {
  const tags = ['html', 'format_html', 'builder_html', 'internal'];
  it.each([
    ['html', true],
    ['latex', false],
    ['html and internal', true],
    ['html and not internal', false],
    ['latex or internal', true],
    ['not (latex or epub)', true],
    ['html and (latex or not epub)', true],
    ['not not html', true],
    ['latex or html and not internal', false],
  ])('%s -> %s', (expression, expected) => {
    expect(tagsMatch(expression, tags)).toBe(expected);
  });

  it('rejects malformed expressions', () => {
    expect(() => parseTagExpression('html and')).toThrow(/unexpected end/);
    expect(() => parseTagExpression('(html')).toThrow(/missing '\)'/);
    expect(() => parseTagExpression('html latex')).toThrow(/unexpected 'latex'/);
  });
});

describe('only', () => {
  it('keeps the content in an only node with the expression', () => {
    const r = build('.. only:: html and\n          not latex\n\n   Web only.\n');
    const [only] = r.find('only');
    expect(only.attributes.expr).toBe('html and not latex');
    expect(textContent(only)).toBe('Web only.');
  });

  it('applyOnly unwraps matching content and drops the rest', () => {
    const r = build('.. only:: html\n\n   Web.\n\n.. only:: latex\n\n   Print.\n\nAlways.\n');
    const warnings: string[] = [];
    applyOnly(r.tree, ['html'], (_line, message) => warnings.push(message));
    expect(r.find('only')).toEqual([]);
    expect(r.find('paragraph').map(textContent)).toEqual(['Web.', 'Always.']);
    expect(warnings).toEqual([]);
  });

  it('applyOnly keeps content of a malformed expression and warns', () => {
    const r = build('.. only:: html and\n\n   Kept.\n');
    const warnings: string[] = [];
    applyOnly(r.tree, ['html'], (line, message) => warnings.push(`${line}: ${message}`));
    expect(r.find('paragraph').map(textContent)).toEqual(['Kept.']);
    expect(warnings[0]).toMatch(/^1: exception while evaluating only directive expression/);
  });
});
