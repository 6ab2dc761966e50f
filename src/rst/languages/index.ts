// Language modules: documents written with `language_code: de` may use
// German directive names (`.. notiz::`). Names not found in the document's
// language fall back to English, and unknown names are tried as canonical
// names, with the INFO messages docutils gives so the two can be compared:
//
//     No directive entry for "admonition" in module "docutils.parsers.rst.languages.de".
//     Using English fallback for directive "admonition".
import { de } from './de.js';
import { en } from './en.js';
import { fr } from './fr.js';
import type { RstLanguage } from './types.js';

export type { RstLanguage } from './types.js';

const LANGUAGES: Record<string, RstLanguage> = { en, de, fr };

let lastCode: string | undefined;
let lastLanguage: RstLanguage | undefined;

/** The language module for a code like 'de' or 'de-AT' (falling back to the main tag); undefined if we have none. */
export function getLanguage(code: string): RstLanguage | undefined {
  // Every directive and interpreted role asks, nearly always for the same code.
  if (code === lastCode) return lastLanguage;
  const normalized = code.toLowerCase().replace(/_/g, '-');
  const language = LANGUAGES[normalized] ?? LANGUAGES[normalized.split('-')[0]!];
  lastCode = code;
  lastLanguage = language;
  return language;
}

/** A label in the document's language, else English (e.g. 'contents' -> 'Inhalt' / 'Contents'). */
export function languageLabel(code: string, key: string): string {
  return getLanguage(code)?.labels[key] ?? en.labels[key] ?? key;
}

export interface NameResolution {
  /** Canonical name to look up in the registry. */
  canonical: string;
  /** INFO message text to report (docutils reports one when it falls back). */
  message?: string;
}

const STANDARD_DIRECTIVES = new Set(Object.values(en.directives));
const STANDARD_ROLES = new Set(Object.values(en.roles));

/**
 * Map a directive name as written to its canonical name. `isRegistered` tells
 * whether a canonical name is in the registry: directives registered by an
 * extension under their own name (Sphinx's `toctree`) are found without a
 * message, as in docutils.
 */
export function resolveDirectiveName(name: string, languageCode: string, isRegistered?: (name: string) => boolean): NameResolution {
  return resolve('directive', name, languageCode, STANDARD_DIRECTIVES, directiveTable, isRegistered);
}

/** Map a role name as written to its canonical name (see resolveDirectiveName). */
export function resolveRoleName(name: string, languageCode: string, isRegistered?: (name: string) => boolean): NameResolution {
  return resolve('role', name, languageCode, STANDARD_ROLES, roleTable, isRegistered);
}

function directiveTable(language: RstLanguage): Record<string, string> {
  return language.directives;
}

function roleTable(language: RstLanguage): Record<string, string> {
  return language.roles;
}

function resolve(
  kind: 'directive' | 'role',
  name: string,
  languageCode: string,
  standard: Set<string>,
  table: (language: RstLanguage) => Record<string, string>,
  isRegistered?: (name: string) => boolean,
): NameResolution {
  const lower = name.toLowerCase();
  const language = getLanguage(languageCode) ?? en;
  // An extension registered under this very name wins over the language tables, as in docutils
  // (Sphinx's `code-block` is not docutils' alias for `code`).
  if (isRegistered?.(lower) && !standard.has(lower)) return { canonical: lower };
  const local = table(language)[lower];
  if (local) return { canonical: local };
  const prefix = `No ${kind} entry for "${name}" in module "docutils.parsers.rst.languages.${language.code}".\n`;
  const english = table(en)[lower];
  if (english && language !== en) return { canonical: english, message: `${prefix}Using English fallback for ${kind} "${name}".` };
  return { canonical: lower, message: `${prefix}Trying "${name}" as canonical ${kind} name.` };
}
