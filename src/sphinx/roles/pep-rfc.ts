// :pep: and :rfc: as Sphinx has them: an index entry, a target, and a link
// with the number in bold.
//
//     :pep:`8`            -> PEP 8, https://peps.python.org/pep-0008/
//     :pep:`8#naming`     -> PEP 8#naming, .../pep-0008/#naming
//     :rfc:`2822`         -> RFC 2822, https://datatracker.ietf.org/doc/html/rfc2822.html
//     :rfc:`Mail <2822>`  -> explicit title
import { el, text } from '../../doctree/builders.js';
import type { RoleFunction, RoleInvocation, RoleResult } from '../../rst/api.js';
import { nextSerial, type SphinxContext } from '../context.js';
import type { ContextOf } from '../directives/scope.js';
import { splitExplicitTitle } from './titles.js';

function problem(role: RoleInvocation, message: string): RoleResult {
  const line = role.lineno;
  const msg = role.inliner.reporter.error(message, { line });
  return { nodes: [role.inliner.problematic(role.rawText, msg)], messages: [msg] };
}

function link(role: RoleInvocation, context: SphinxContext, kind: 'pep' | 'rfc'): RoleResult {
  const { explicit, title, target } = splitExplicitTitle(role.text);
  const [numberText, anchor] = splitAnchor(target);
  if (!/^\d+$/.test(numberText.trim())) return problem(role, `invalid ${kind.toUpperCase()} number ${target}`);
  const number = Number(numberText);
  const id = `index-${nextSerial(context, 'index')}`;
  const label = kind === 'pep' ? 'PEP' : 'RFC';
  const indexLabel = kind === 'pep' ? `Python Enhancement Proposals; PEP ${target}` : `RFC; RFC ${target}`;
  const index = el('index', {});
  index.data = { entries: [['single', indexLabel, id, '', null]] };
  const targetNode = el('target', { ids: [id] });
  role.inliner.document.ids.set(id, targetNode);
  const base = kind === 'pep' ? context.config.pepBaseUrl : context.config.rfcBaseUrl;
  const path = kind === 'pep' ? `pep-${String(number).padStart(4, '0')}/` : `rfc${number}.html`;
  const refuri = base + path + (anchor ? '#' + anchor : '');
  const shown = explicit ? title : `${label} ${title}`;
  const reference = el('reference', { classes: [kind], internal: false, refuri }, [el('strong', {}, [text(shown)])]);
  return { nodes: [index, targetNode, reference], messages: [] };
}

function splitAnchor(target: string): [string, string] {
  const hash = target.indexOf('#');
  return hash === -1 ? [target, ''] : [target.slice(0, hash), target.slice(hash + 1)];
}

export function pepRole(contextOf: ContextOf): RoleFunction {
  return (role) => link(role, contextOf(role.inliner.document), 'pep');
}

export function rfcRole(contextOf: ContextOf): RoleFunction {
  return (role) => link(role, contextOf(role.inliner.document), 'rfc');
}
