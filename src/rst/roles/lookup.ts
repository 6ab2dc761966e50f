// Finding the function behind a role name as written in a document:
//
//     :sup:`2`     en: "sup" -> canonical "superscript"
//     :exp:`2`     fr: "exp" -> "superscript"
//     :custom:`x`  a role defined by `.. role:: custom` earlier in the same document
//
// Lookups that needed a fallback leave an INFO message (docutils' wording),
// and every successful lookup is remembered for the rest of the document, so
// the message appears once.
import type { Element } from '../../doctree/types.js';
import type { DocumentModel, Registries, RoleFunction } from '../api.js';
import { languageModuleName, ROLE_NAMES, roleLanguage } from './languages.js';

const localRoles = new WeakMap<DocumentModel, Map<string, RoleFunction>>();
const standardRoleFunctions = new WeakSet<RoleFunction>();

/** Mark functions as docutils' canonical roles (looked up through the language tables). */
export function markStandard(fn: RoleFunction): RoleFunction {
  standardRoleFunctions.add(fn);
  return fn;
}

function rolesOf(document: DocumentModel): Map<string, RoleFunction> {
  let map = localRoles.get(document);
  if (!map) {
    map = new Map();
    localRoles.set(document, map);
  }
  return map;
}

/** Make `name` usable in `document` from here on (the `role` directive). */
export function registerLocalRole(document: DocumentModel, name: string, fn: RoleFunction): void {
  rolesOf(document).set(name.toLowerCase(), fn);
}

export interface RoleLookup {
  fn: RoleFunction | null;
  messages: Element[];
}

export interface LookupOptions {
  lineno: number;
  source?: string;
  /** Create no messages (resolving the default role, which was checked when it was set). */
  quiet?: boolean;
}

export function lookupRole(name: string, document: DocumentModel, registries: Registries, options: LookupOptions): RoleLookup {
  const normname = name.toLowerCase();
  const local = rolesOf(document);
  const known = local.get(normname);
  if (known) return { fn: known, messages: [] };
  // Roles that layers above registered under their own name (Sphinx's :ref:, :doc:, ...) need no translation.
  const registered = registries.roles.get(normname);
  if (registered && !standardRoleFunctions.has(registered)) return { fn: registered, messages: [] };

  const language = roleLanguage(document.settings.languageCode);
  const notes: string[] = [];
  let canonical = ROLE_NAMES[language]![normname];
  if (canonical === undefined) {
    notes.push(`No role entry for "${name}" in module "${languageModuleName(language)}".`);
    canonical = ROLE_NAMES.en![normname];
    if (canonical !== undefined) notes.push(`Using English fallback for role "${name}".`);
    else {
      notes.push(`Trying "${name}" as canonical role name.`);
      canonical = normname;
    }
  }
  const messages: Element[] = [];
  if (notes.length > 0 && !options.quiet) {
    messages.push(document.reporter.info(notes.join('\n'), options.source ? { line: options.lineno, source: options.source } : { line: options.lineno }));
  }
  const fn = registries.roles.get(canonical) ?? null;
  if (fn) local.set(normname, fn);
  return { fn, messages };
}
