// Sphinx's roles, registered by registerSphinx (src/sphinx/directives/index.ts).
import { el, text } from '../../doctree/builders.js';
import type { Registries, RoleFunction } from '../../rst/api.js';
import type { ContextOf } from '../directives/scope.js';
import { abbrRole, classedRole, emphasizedLiteralRole, guilabelRole, menuselectionRole } from './text-roles.js';
import { indexRole } from './index-role.js';
import { pepRole, rfcRole } from './pep-rfc.js';
import { splitExplicitTitle } from './titles.js';
import { DOMAIN_ROLES, STD_ROLES, defaultDomainRole, domainRole, xrefRole } from './xref.js';

export function registerSphinxRoles(registries: Registries, contextOf: ContextOf): void {
  const r = registries.roles;
  for (const [name, spec] of Object.entries(STD_ROLES)) {
    const role = xrefRole({ domain: 'std', ...spec }, contextOf);
    if (name !== 'label') r.set(name, role);
    r.set(`std:${name}`, role);
  }
  r.set('any', xrefRole({ domain: '', type: 'any', inner: 'literal', refwarn: true }, contextOf));
  r.set('eq', xrefRole({ domain: 'math', type: 'eq', inner: 'literal', refwarn: true, classes: ['xref', 'eq'] }, contextOf));
  // The inner node keeps Sphinx's classes 'xref download' (no domain), and refdomain is ''.
  r.set('download', downloadRole(contextOf));

  for (const [domain, roles] of Object.entries(DOMAIN_ROLES)) {
    for (const type of Object.keys(roles)) r.set(`${domain}:${type}`, domainRole(domain, type, contextOf));
  }
  // Unqualified object roles (:func:, :class:...) follow default-domain / primary_domain.
  const unqualified = new Set(Object.values(DOMAIN_ROLES).flatMap((roles) => Object.keys(roles)));
  unqualified.delete('any'); // :any: is std's
  for (const type of unqualified) r.set(type, defaultDomainRole(type, contextOf));

  r.set('abbr', abbrRole);
  r.set('command', classedRole('literal_strong', 'command'));
  r.set('program', classedRole('literal_strong', 'program'));
  r.set('dfn', classedRole('emphasis', 'dfn'));
  r.set('mailheader', classedRole('literal_emphasis', 'mailheader'));
  r.set('mimetype', classedRole('literal_emphasis', 'mimetype'));
  r.set('newsgroup', classedRole('literal_emphasis', 'newsgroup'));
  r.set('kbd', classedRole('literal', 'kbd'));
  r.set('regexp', classedRole('literal', 'regexp'));
  r.set('file', emphasizedLiteralRole('file'));
  r.set('samp', emphasizedLiteralRole('samp'));
  r.set('guilabel', guilabelRole);
  r.set('menuselection', menuselectionRole);
  r.set('pep', pepRole(contextOf));
  r.set('rfc', rfcRole(contextOf));
  r.set('index', indexRole(contextOf));
}

function downloadRole(contextOf: ContextOf): RoleFunction {
  return (role) => {
    const context = contextOf(role.inliner.document);
    const { explicit, title, target } = splitExplicitTitle(role.text.replace(/^!/, ''));
    const inner = el('literal', { classes: ['xref', 'download'] }, [text(title)]);
    if (role.text.startsWith('!')) return { nodes: [inner], messages: [] };
    const node = el('download_reference', {
      refdoc: context.docname, refdomain: '', refexplicit: explicit, reftarget: target, reftype: 'download', refwarn: false,
    }, [inner]);
    return { nodes: [node], messages: [] };
  };
}
