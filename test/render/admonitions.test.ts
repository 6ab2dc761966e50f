import { describe, expect, it } from 'vitest';
import { el, p, renderBody, text } from './helpers.js';

describe('admonitions', () => {
  it.each(['attention', 'caution', 'danger', 'error', 'hint', 'important', 'note', 'tip', 'warning'])('renders %s with its kind class, title and aria label', async (kind) => {
    const result = await renderBody([el(kind, {}, [p(text('body'))])]);
    const title = kind[0].toUpperCase() + kind.slice(1);
    expect(result.html).toMatch(
      new RegExp(`^<div class="admonition ${kind}" role="note" aria-labelledby="(admonition-title-\\d+)"><p class="admonition-title" id="\\1">${title}</p><p>body</p></div>$`),
    );
  });

  it('renders the generic admonition with its own title and classes', async () => {
    const result = await renderBody([el('admonition', { classes: ['admonition-check-this'] }, [el('title', {}, [text('Check '), el('emphasis', {}, [text('this')])]), p(text('b'))])]);
    expect(result.html).toMatch(/^<div class="admonition generic admonition-check-this" role="note" aria-labelledby="admonition-title-\d+"><p class="admonition-title" id="admonition-title-\d+">Check <em>this<\/em><\/p><p>b<\/p><\/div>$/);
  });

  it('uses translated labels when given', async () => {
    const result = await renderBody([el('note', {}, [p(text('x'))])], { labels: { note: '注解' } });
    expect(result.html).toContain('<p class="admonition-title" id="admonition-title-1">注解</p>');
  });

  it('has Chinese labels for a zh_CN site', async () => {
    const { labelsFor } = await import('../../src/render/index.js');
    const result = await renderBody([el('warning', {}, [p(text('x'))]), el('versionmodified', { type: 'versionadded', version: '1.2' }, [p(text('y'))])], { labels: labelsFor('zh_CN') });
    expect(result.html).toContain('>警告</p>');
    expect(result.html).toContain('<span class="versionmodified added">在 1.2 版本加入: </span>y');
  });

  it('renders seealso', async () => {
    const result = await renderBody([el('seealso', {}, [p(text('other'))])]);
    expect(result.html).toContain('class="admonition seealso"');
    expect(result.html).toContain('>See also</p><p>other</p>');
  });

  it('hides todo by default and shows it when asked', async () => {
    const todo = el('todo_node', { classes: ['admonition', 'todo'] }, [el('title', {}, [text('Todo')]), p(text('fix me'))]);
    expect((await renderBody([todo])).html).toBe('');
    const shown = await renderBody([todo], { showTodos: true });
    expect(shown.html).toContain('<p class="admonition-title" id="admonition-title-1">Todo</p><p>fix me</p>');
    expect(shown.html).toContain('class="admonition todo"');
  });

  it('renders versionadded/changed/deprecated with a label', async () => {
    const added = await renderBody([el('versionmodified', { type: 'versionadded', version: '2.1' }, [p(text('Supports X.'))])]);
    expect(added.html).toBe('<div class="versionmodified-block versionadded"><p><span class="versionmodified added">New in version 2.1: </span>Supports X.</p></div>');
    const deprecated = await renderBody([el('versionmodified', { type: 'deprecated', version: '3.0' }, [])]);
    expect(deprecated.html).toBe('<div class="versionmodified-block deprecated"><p><span class="versionmodified deprecated">Deprecated since version 3.0</span></p></div>');
  });

  it('does not repeat a label the Sphinx layer already wrote', async () => {
    const result = await renderBody([
      el('versionmodified', { type: 'versionchanged', version: '1' }, [p(el('inline', { classes: ['versionmodified', 'changed'] }, [text('Changed in version 1: ')]), text('x'))]),
    ]);
    expect(result.html.match(/Changed in version/g)).toHaveLength(1);
  });
});
