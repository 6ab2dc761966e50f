import { describe, expect, it } from 'vitest';
import { el, text, textContent } from '../../src/doctree/builders.js';
import type { Element } from '../../src/doctree/types.js';
import { buildEnvironment } from '../../src/sphinx/build-env.js';
import { defaultConfig } from '../../src/sphinx/conf.js';
import { resolveDocument, joinDocname } from '../../src/sphinx/resolve.js';
import { formatWarning } from '../../src/sphinx/warnings.js';
import { at, doc, orphanField, para, section, target, toctree, xref } from './helpers.js';

function project(docs: ReturnType<typeof doc>[], overrides: Partial<ReturnType<typeof defaultConfig>> = {}) {
  const config = { ...defaultConfig(), ...overrides };
  const result = buildEnvironment(docs, config, '/src');
  const resolveAll = () => docs.flatMap((d) => resolveDocument(d.doctree, d.docname, { env: result.env, config }));
  return { ...result, config, resolveAll };
}

const firstChild = (node: Element, path: number[]): Element => path.reduce((n, i) => n.children[i] as Element, node);

describe('labels', () => {
  it('a target before a section labels the section with its title; :ref: shows the title', () => {
    const a = doc('k8s/oom', [target('oom_killer', 1), section('OOM killer', 'oom-killer', 3, [para(6, text('x'))])]);
    const index = doc('index', [section('Home', 'home', 1, [toctree(4, ['k8s/oom']), para(8, text('see '), xref('ref', 'oom_killer'))])]);
    const p = project([a, index]);
    expect(p.env.labels.oom_killer).toMatchObject({ docname: 'k8s/oom', anchor: 'oom-killer', title: 'OOM killer' });
    expect(p.resolveAll()).toEqual([]);
    const ref = firstChild(index.doctree, [0, 2, 1]);
    expect(ref.type).toBe('reference');
    expect(ref.attributes).toMatchObject({ internal: true, refdocname: 'k8s/oom', refanchor: 'oom-killer', classes: ['reference', 'internal'] });
    expect(textContent(ref)).toBe('OOM killer');
    expect((ref.children[0] as Element).attributes.classes).toEqual(['std', 'std-ref']);
  });

  it('a label at the end of one section labels the next section (document order, ascending)', () => {
    const d = doc('index', [section('One', 'one', 1, [para(4, text('a')), target('two_label', 6)]), section('Two', 'two', 8)]);
    const p = project([d]);
    expect(p.env.labels.two_label).toMatchObject({ anchor: 'two-label', title: 'Two' });
  });

  it('chained targets all label the section', () => {
    const d = doc('index', [target('a', 1), target('b', 2), section('Sec', 'sec', 4)]);
    const p = project([d]);
    expect(p.env.labels.a.title).toBe('Sec');
    expect(p.env.labels.b.title).toBe('Sec');
  });

  it('a label before a paragraph needs an explicit title, with Sphinx\'s warning otherwise', () => {
    const d = doc('index', [section('T', 't', 1, [target('para', 4), para(6, text('text')), para(8, xref('ref', 'para')), para(10, xref('ref', 'para', { explicit: 'Text' }))])]);
    const p = project([d]);
    expect(p.env.labels.para).toBeUndefined();
    expect(p.env.anonlabels.para).toMatchObject({ anchor: 'para', title: null });
    const warnings = p.resolveAll();
    expect(warnings.map((w) => formatWarning(w))).toEqual(["/src/index.rst:8: WARNING: Failed to create a cross reference. A title or caption not found: 'para'"]);
    const explicit = firstChild(d.doctree, [0, 4, 0]);
    expect(explicit.type).toBe('reference');
    expect(textContent(explicit)).toBe('Text');
    const unresolved = firstChild(d.doctree, [0, 3, 0]);
    expect(unresolved.type).toBe('pending_xref');
    expect(unresolved.attributes.unresolved).toBe(true);
  });

  it('a figure label takes the caption as title; :name: options label their node', () => {
    const fig = el('figure', { ids: [], names: [] }, [el('image', { uri: 'x.png' }), el('caption', {}, [text('The cap')])], at(5));
    const code = el('container', { classes: ['literal-block-wrapper'], literal_block: true, ids: ['listing'], names: ['listing'] }, [el('caption', {}, [text('Code cap')]), el('literal_block', {}, [text('x')])], at(9));
    const d = doc('index', [section('T', 't', 1, [target('fig', 3), fig, code])]);
    const p = project([d]);
    expect(p.env.labels.fig).toMatchObject({ title: 'The cap', figtype: 'figure' });
    expect(p.env.labels.listing).toMatchObject({ title: 'Code cap', figtype: 'code-block', anchor: 'listing' });
  });

  it('labels before a definition list, a field list or a captioned toctree take their first term, field name or caption', () => {
    const dl = el('definition_list', {}, [el('definition_list_item', {}, [el('term', {}, [text('Term one')], at(6)), el('definition', {}, [])])], at(6));
    const fl = el('field_list', {}, [el('field', {}, [el('field_name', {}, [text('Field name')]), el('field_body', {}, [])])], at(11));
    const tt = toctree(15, []);
    (tt.children[0] as Element).attributes.caption = 'My Caption';
    const d = doc('index', [section('T', 't', 1, [target('dl', 4), dl, target('fl', 9), fl, target('tt', 13), tt])]);
    const p = project([d]);
    expect([p.env.labels.dl.title, p.env.labels.fl.title, p.env.labels.tt.title]).toEqual(['Term one', 'Field name', 'My Caption']);
  });

  it('warns about a label defined in two documents, at the second, naming the first file', () => {
    const a = doc('a', [target('dup', 1), section('A', 'a', 3)]);
    const b = doc('b', [section('B', 'b', 1, [target('dup', 4), section('Other', 'other', 6)])]);
    const index = doc('index', [section('I', 'i', 1, [toctree(3, ['a', 'b'])])]);
    const p = project([b, a, index]);
    expect(p.readWarnings.map((w) => formatWarning(w))).toEqual(['/src/b.rst:7: WARNING: duplicate label dup, other instance in /src/a.rst']);
    // The later document's label wins (observed: sphinx-build links :ref:`dup` to b.html#dup).
    expect(p.env.labels.dup.docname).toBe('b');
  });

  it('a label on a paragraph defined again elsewhere is replaced silently, as sphinx-build does', () => {
    const a = doc('a', [section('A', 'a', 1, [target('dup', 3), para(5, text('x'))])]);
    const b = doc('b', [section('B', 'b', 1, [target('dup', 3), para(5, text('y'))])]);
    const p = project([a, b, doc('index', [toctree(1, ['a', 'b'])])]);
    expect(p.readWarnings).toEqual([]);
    expect(p.env.anonlabels.dup.docname).toBe('b');
  });

  it('implicit section names are not labels', () => {
    const d = doc('index', [section('Install', 'install', 1, [para(4, xref('ref', 'install'))])]);
    const p = project([d]);
    expect(p.resolveAll().map((w) => w.message)).toEqual(["undefined label: 'install'"]);
  });
});

describe('references', () => {
  const pages = () => {
    const glossary = el('glossary', {}, [el('definition_list', { classes: ['glossary'] }, [
      el('definition_list_item', {}, [el('term', { ids: ['term-OOM'] }, [text('OOM')], at(6)), el('definition', {}, [para(7, text('out of memory'))])]),
    ])]);
    const sub = doc('sub/page', [section('Sub page', 'sub-page', 1, [glossary])]);
    const index = doc('index', [section('Home', 'home', 1, [
      toctree(3, ['sub/page']),
      para(6, xref('doc', 'sub/page'), xref('doc', '/sub/page', { explicit: 'Explicit' }), xref('doc', 'nope')),
      para(8, xref('term', 'oom'), xref('term', 'swap')),
      para(10, xref('ref', 'missing'), xref('any', 'zzz'), xref('keyword', 'if'), xref('option', '-x')),
      para(12, xref('func', 'foo', { domain: 'py' }), xref('envvar', 'HOME')),
      para(14, xref('numref', 'nofig')),
    ])]);
    return { sub, index };
  };

  it('resolve doc and term, and warn in Sphinx\'s words for the rest', () => {
    const { sub, index } = pages();
    const p = project([sub, index]);
    const warnings = p.resolveAll().map((w) => formatWarning(w));
    expect(warnings).toEqual([
      "/src/index.rst:6: WARNING: unknown document: 'nope'",
      "/src/index.rst:8: WARNING: term not in glossary: 'swap'",
      "/src/index.rst:10: WARNING: undefined label: 'missing'",
      "/src/index.rst:10: WARNING: 'any' reference target not found: zzz",
      "/src/index.rst:10: WARNING: unknown keyword: 'if'",
      "/src/index.rst:10: WARNING: unknown option: '-x'",
      "/src/index.rst:14: WARNING: undefined label: 'nofig'",
    ]);
    const docRef = firstChild(index.doctree, [0, 2, 0]);
    expect(docRef.attributes).toMatchObject({ refdocname: 'sub/page', refanchor: '' });
    expect(textContent(docRef)).toBe('Sub page');
    expect(textContent(firstChild(index.doctree, [0, 2, 1]))).toBe('Explicit');
    const term = firstChild(index.doctree, [0, 3, 0]);
    expect(term.attributes).toMatchObject({ refdocname: 'sub/page', refanchor: 'term-OOM' });
    expect(textContent(term)).toBe('oom');
  });

  it('domain roles and envvar warn only in nitpicky mode, honouring nitpick_ignore', () => {
    const { sub, index } = pages();
    const p = project([sub, index], { nitpicky: true, nitpick_ignore: [['std:envvar', 'HOME']] });
    const messages = p.resolveAll().map((w) => w.message);
    expect(messages).toContain('py:func reference target not found: foo');
    expect(messages.some((m) => m.includes('HOME'))).toBe(false);
  });

  it(':eq: links to a labelled equation with its number, else "equation not found" (as sphinx-build)', () => {
    const math = el('math_block', { ids: ['equation-euler'], label: 'euler', number: 1, docname: 'a' }, [text('e^{i\\pi}')], at(6));
    const a = doc('a', [section('A', 'a', 1, [math])]);
    const index = doc('index', [section('T', 't', 1, [toctree(3, ['a']), para(8, xref('eq', 'euler', { domain: 'math' }), xref('eq', 'nope', { domain: 'math' }))])]);
    const p = project([a, index]);
    expect(p.resolveAll().map((w) => formatWarning(w))).toEqual(['/src/index.rst:8: WARNING: equation not found: nope']);
    const ref = firstChild(index.doctree, [0, 2, 0]);
    expect(ref.attributes).toMatchObject({ refdocname: 'a', refanchor: 'equation-euler' });
    expect(textContent(ref)).toBe('(1)');
  });

  it(':download: of a missing file warns with its absolute path, as sphinx-build', () => {
    const dl = el('download_reference', { reftarget: 'files/tool.sh', refdoc: 'sub/page' }, [el('literal', { classes: ['xref', 'download'] }, [text('tool.sh')])]);
    const page = doc('sub/page', [section('P', 'p', 1, [para(4, dl)])]);
    const p = project([page]);
    expect(p.resolveAll().map((w) => formatWarning(w))).toEqual(['/src/sub/page.rst:4: WARNING: download file not readable: /src/sub/files/tool.sh']);
  });

  it('doc targets are relative to the referring document unless absolute', () => {
    expect(joinDocname('sub/a', '../index')).toBe('index');
    expect(joinDocname('sub/a', 'b')).toBe('sub/b');
    expect(joinDocname('sub/a', '/top')).toBe('top');
  });

  it('numref numbers figures in toctree order, with numfig', () => {
    const figure = (id: string, caption: string, line: number) => el('figure', { ids: [id], names: [id] }, [el('caption', {}, [text(caption)])], at(line));
    const child = doc('child', [section('C', 'c', 1, [figure('fig-c', 'Child fig', 3)])]);
    const index = doc('index', [section('I', 'i', 1, [
      figure('fig-a', 'First', 3),
      toctree(6, ['child']),
      figure('fig-b', 'Last', 9),
      para(12, xref('numref', 'fig-b'), xref('numref', 'fig-c', { explicit: 'see {name} ({number})' })),
    ])]);
    const p = project([child, index], { numfig: true });
    expect(p.resolveAll()).toEqual([]);
    expect(textContent(firstChild(index.doctree, [0, 4, 0]))).toBe('Fig. 3');
    expect(textContent(firstChild(index.doctree, [0, 4, 1]))).toBe('see Child fig (2)');

    const off = project([doc('child', child.doctree.children), doc('index', [para(2, xref('numref', 'fig-c'))])]);
    expect(off.resolveAll().map((w) => w.message)).toEqual(['numfig is disabled. :numref: is ignored.']);
  });
});

describe('numbered toctrees', () => {
  it('number sections per document and prefix figure numbers with the chapter, as sphinx-build does', () => {
    const figure = (id: string, line: number) => el('figure', { ids: [id], names: [id] }, [el('caption', {}, [text(id)])], at(line));
    const numbered = toctree(6, ['a', 'b']);
    (numbered.children[0] as Element).attributes.numbered = 999;
    const index = doc('index', [section('Root', 'root', 1, [figure('rootfig', 3), numbered,
      para(12, xref('numref', 'rootfig'), xref('numref', 'afig'), xref('numref', 'bfig'), xref('numref', 'bsub'), xref('numref', 'asubfig'))])]);
    const a = doc('a', [section('A doc', 'a-doc', 1, [figure('afig', 3), section('A sub', 'a-sub', 8, [figure('asubfig', 10)])])]);
    const b = doc('b', [section('B doc', 'b-doc', 1, [target('bsub', 3), section('B sub', 'b-sub', 5, [figure('bfig', 8)])])]);
    const p = project([index, a, b], { numfig: true });
    expect(p.env.sectionNumbers.b).toMatchObject({ '': [2], 'b-sub': [2, 1], bsub: [2, 1] });
    expect(p.resolveAll()).toEqual([]);
    const texts = ((index.doctree.children[0] as Element).children[3] as Element).children.map((n) => textContent(n));
    // Observed with sphinx-build 5.3 on the same project.
    expect(texts).toEqual(['Fig. 1', 'Fig. 1.1', 'Fig. 2.1', 'Section 2.1', 'Fig. 1.2']);
  });
});

describe('toctrees', () => {
  it('warns about missing documents at the toctree, documents in no toctree, and honours :orphan:', () => {
    const index = doc('index', [section('Home', 'home', 1, [toctree(5, ['a', 'gone'])])]);
    const a = doc('a', [section('A', 'a', 1)]);
    const lonely = doc('lonely', [section('Lonely', 'lonely', 1)]);
    const orphan = doc('orphan', [orphanField(), section('Orphan', 'orphan', 3)]);
    const p = project([index, a, lonely, orphan]);
    expect(p.readWarnings.map((w) => formatWarning(w))).toEqual(["/src/index.rst:5: WARNING: toctree contains reference to nonexisting document 'gone'"]);
    expect(p.consistencyWarnings.map((w) => formatWarning(w))).toEqual(["/src/lonely.rst: WARNING: document isn't included in any toctree"]);
    expect(p.env.docs.orphan.orphan).toBe(true);
    expect(p.env.tocParents.a).toEqual(['index']);
    expect(p.env.docs.index.toctrees[0].includefiles).toEqual(['a']);
  });

  it('says "excluded document" for an entry that exclude_patterns leave out', () => {
    const index = doc('index', [section('Home', 'home', 1, [toctree(5, ['drafts/wip'])])]);
    const p = project([index], { exclude_patterns: ['drafts/*'] });
    expect(p.readWarnings.map((w) => w.message)).toEqual(["toctree contains reference to excluded document 'drafts/wip'"]);
  });

  it('detects circular toctrees instead of looping', () => {
    const index = doc('index', [section('Home', 'home', 1, [toctree(3, ['a'])])]);
    const a = doc('a', [section('A', 'a', 1, [toctree(3, ['b'])])]);
    const b = doc('b', [section('B', 'b', 1, [toctree(4, ['a'])])]);
    const p = project([index, a, b]);
    expect(p.readWarnings.map((w) => formatWarning(w))).toEqual(['/src/b.rst:4: WARNING: circular toctree references detected, ignoring: a <- b <- a']);
    expect(p.env.order).toEqual(['index', 'a', 'b']);
  });

  it('ignores a document listing itself, with the warning sphinx-build gives', () => {
    const index = doc('index', [section('Home', 'home', 1, [toctree(3, ['index', 'a'])])]);
    const p = project([index, doc('a', [section('A', 'a', 1)])]);
    expect(p.readWarnings.map((w) => formatWarning(w))).toEqual(['/src/index.rst: WARNING: self referenced toctree found. Ignored.']);
    expect(p.env.docs.index.toctrees[0].includefiles).toEqual(['a']);
  });

  it('takes the first section title as the document title', () => {
    const d = doc('index', [el('comment', {}, [text('x')]), section('Real title', 'real-title', 3, [section('Inner', 'inner', 6)])]);
    expect(project([d]).env.docs.index.title).toBe('Real title');
    expect(project([doc('index', [para(1, text('no title'))])]).env.docs.index.title).toBe('<no title>');
  });
});
