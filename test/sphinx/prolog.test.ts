import { describe, expect, it } from 'vitest';
import { el, text } from '../../src/doctree/builders.js';
import { applyPrologEpilog, remapLines } from '../../src/sphinx/prolog.js';

describe('rst_prolog and rst_epilog', () => {
  it('inserts the prolog after docinfo lines, wrapped in blank lines, and appends the epilog', () => {
    const { text: out, origins } = applyPrologEpilog(':orphan:\n:tocdepth: 2\n\nTitle\n=====\n', '.. |a| replace:: A', '.. |b| replace:: B');
    expect(out).toBe(':orphan:\n:tocdepth: 2\n\n.. |a| replace:: A\n\n\nTitle\n=====\n\n.. |b| replace:: B\n');
    expect(origins!.map((o) => `${o.source}:${o.line}`)).toEqual([
      'document:1', 'document:2', '<generated>:0', '<rst_prolog>:1', '<generated>:0', 'document:3', 'document:4', 'document:5', 'document:6', '<rst_epilog>:1',
    ]);
  });

  it('puts the prolog first when there is no docinfo, and changes nothing without prolog or epilog', () => {
    expect(applyPrologEpilog('Text\n', 'P', null).text).toBe('P\n\nText\n');
    expect(applyPrologEpilog('Text\n', null, null)).toEqual({ text: 'Text\n', origins: null });
  });

  it('maps parsed lines back to the document and to <rst_prolog>', () => {
    const { origins } = applyPrologEpilog('Title\n=====\n\n.. bogus::\n', '\n.. |p| replace:: P\n\n.. bad::', null);
    // prolog lines: '', '.. |p|...', '', '.. bad::' then a blank; the document starts at combined line 6.
    const message = el('system_message', { level: 3, line: 4, source: '/d.rst', type: 'ERROR' }, [el('paragraph', {}, [text('x')])]);
    const docMessage = el('system_message', { level: 3, line: 9, source: '/d.rst', type: 'ERROR' }, []);
    const para = el('paragraph', {}, [], { start: { line: 6, column: 1 }, end: { line: 7, column: 1 } });
    const tree = el('document', {}, [message, docMessage, para]);
    remapLines(tree, origins!, '/d.rst');
    expect(message.attributes).toMatchObject({ line: 4, source: '<rst_prolog>' });
    expect(docMessage.attributes).toMatchObject({ line: 4, source: '/d.rst' });
    expect(para.position!.start.line).toBe(1);
    expect(para.position!.end.line).toBe(2);
  });
});
