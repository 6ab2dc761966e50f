// docutils' standard directives, by canonical name. The parser starts from a
// copy of this map; the Sphinx layer adds its own directives to that copy.
// Localized names (`.. notiz::`) are mapped to these canonical names by
// src/rst/languages before the lookup.
import type { DirectiveSpec } from '../api.js';
import { ADMONITION_KINDS, genericAdmonition, specificAdmonition } from './admonitions.js';
import { classedBlockQuote } from './block-quotes.js';
import { classDirective } from './class.js';
import { code } from './code.js';
import { compound } from './compound.js';
import { container } from './container.js';
import { footer, header } from './decorations.js';
import { figure, image } from './images.js';
import { include } from './include.js';
import { lineBlock } from './line-block.js';
import { math } from './math.js';
import { meta } from './meta.js';
import { parsedLiteral } from './parsed-literal.js';
import { contents, sectnum, targetNotes } from './parts.js';
import { raw } from './raw.js';
import { rubric } from './rubric.js';
import { date, replace, unicode } from './substitutions.js';
import { testDirective } from './test-directive.js';
import { title } from './title.js';
import { sidebar, topic } from './topic.js';
// Written by other parts of the parser: the table directives, and role/default-role.
import { tableDirectives } from './tables.js';
import { defaultRoleDirective, roleDirective } from '../roles/role-directive.js';

export function standardDirectives(): Map<string, DirectiveSpec> {
  const directives = new Map<string, DirectiveSpec>();
  for (const kind of ADMONITION_KINDS) directives.set(kind, specificAdmonition(kind));
  directives.set('admonition', genericAdmonition);
  directives.set('image', image);
  directives.set('figure', figure);
  directives.set('topic', topic);
  directives.set('sidebar', sidebar);
  directives.set('line-block', lineBlock);
  directives.set('parsed-literal', parsedLiteral);
  directives.set('code', code);
  directives.set('math', math);
  directives.set('rubric', rubric);
  directives.set('epigraph', classedBlockQuote('epigraph'));
  directives.set('highlights', classedBlockQuote('highlights'));
  directives.set('pull-quote', classedBlockQuote('pull-quote'));
  directives.set('compound', compound);
  directives.set('container', container);
  directives.set('contents', contents);
  directives.set('sectnum', sectnum);
  directives.set('header', header);
  directives.set('footer', footer);
  directives.set('include', include);
  directives.set('raw', raw);
  directives.set('class', classDirective);
  directives.set('title', title);
  directives.set('meta', meta);
  directives.set('replace', replace);
  directives.set('unicode', unicode);
  directives.set('date', date);
  directives.set('target-notes', targetNotes);
  directives.set('restructuredtext-test-directive', testDirective);
  for (const [name, spec] of tableDirectives()) directives.set(name, spec);
  directives.set('role', roleDirective);
  directives.set('default-role', defaultRoleDirective);
  return directives;
}
