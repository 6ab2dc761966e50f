// docutils' standard roles, by canonical name. Authors reach them through the
// localized names in ./languages.ts (see ./lookup.ts); layers above add their
// own roles to a copy of this map.
import type { RoleFunction } from '../api.js';
import { markStandard } from './lookup.js';
import { codeRole, customRole, genericRole, mathRole, pepRole, rawRole, rfcRole, unimplementedRole } from './standard.js';

export function standardRoles(): Map<string, RoleFunction> {
  const roles = new Map<string, RoleFunction>([
    ['abbreviation', genericRole('abbreviation')],
    ['acronym', genericRole('acronym')],
    ['emphasis', genericRole('emphasis')],
    ['literal', genericRole('literal')],
    ['strong', genericRole('strong')],
    ['subscript', genericRole('subscript')],
    ['superscript', genericRole('superscript')],
    ['title-reference', genericRole('title_reference')],
    ['code', codeRole],
    ['math', mathRole],
    ['pep-reference', pepRole],
    ['rfc-reference', rfcRole],
    ['raw', rawRole],
  ]);
  for (const name of [
    'index', 'named-reference', 'anonymous-reference', 'uri-reference', 'footnote-reference',
    'citation-reference', 'substitution-reference', 'target', 'restructuredtext-unimplemented-role',
  ]) {
    roles.set(name, unimplementedRole);
  }
  for (const fn of roles.values()) markStandard(fn);
  return roles;
}

export { customRole };
export { lookupRole, registerLocalRole } from './lookup.js';
export { roleDirective, defaultRoleDirective } from './role-directive.js';
