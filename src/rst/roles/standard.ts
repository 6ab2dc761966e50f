// docutils' standard roles. Each turns the interpreted text into nodes:
//
//     :emphasis:`x`  :strong:`x`  :literal:`x`  :sub:`x`  :sup:`x`  :title:`x`  :ab:`x`  :ac:`x`
//     :code:`x`      -> literal with classes "code" (+ language)
//     :math:`x`      -> math (backslashes kept)
//     :PEP:`8`       -> reference to https://peps.python.org/pep-0008
//     :RFC:`2822#s1` -> reference to https://tools.ietf.org/html/rfc2822.html#s1
//     :raw:          only through a custom role that names a format
import { el, text } from '../../doctree/builders.js';
import type { Attributes } from '../../doctree/types.js';
import type { RoleFunction, RoleInvocation, RoleResult } from '../api.js';
import { unescape } from '../escapes.js';

/** Attributes from role options: `class` becomes `classes`. */
export function optionAttributes(options: Record<string, unknown>): Attributes {
  const attributes: Attributes = {};
  for (const [key, value] of Object.entries(options)) {
    if (key === 'class') attributes.classes = Array.isArray(value) ? [...(value as string[])] : String(value).split(/\s+/).filter(Boolean);
    else if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || Array.isArray(value)) attributes[key] = value as Attributes[string];
  }
  return attributes;
}

function classesOf(options: Record<string, unknown>): string[] {
  return (optionAttributes({ class: options.class ?? [] }).classes as string[]) ?? [];
}

/** A role that wraps the (unescaped) text in one element. */
export function genericRole(type: string): RoleFunction {
  return (role: RoleInvocation): RoleResult => {
    // Without a `class` option (nearly always) there is nothing to pick or convert.
    const attributes = role.options.class === undefined ? {} : optionAttributes(pick(role.options, 'class'));
    return { nodes: [el(type, attributes, [text(unescape(role.text))])], messages: [] };
  };
}

const inlineRole = genericRole('inline');

/** Roles defined by `.. role:: name` without a base role: an `inline` with the role's class. */
export const customRole: RoleFunction = (role) => inlineRole(role);

export const codeRole: RoleFunction = (role) => {
  const language = typeof role.options.language === 'string' ? role.options.language.trim() : '';
  const classes = ['code', ...classesOf(role.options)];
  // "none" switches highlighting off; it names no language.
  if (language && language !== 'none' && !classes.includes(language)) classes.push(language);
  return { nodes: [el('literal', { classes }, [text(unescape(role.text, true))])], messages: [] };
};

export const mathRole: RoleFunction = (role) => {
  const attributes = optionAttributes(pick(role.options, 'class'));
  return { nodes: [el('math', attributes, [text(unescape(role.text, true))])], messages: [] };
};

export const pepRole: RoleFunction = (role) => {
  const value = unescape(role.text);
  const number = parsePythonInt(value);
  if (number === null || number < 0 || number > 9999) {
    return problem(role, `PEP number must be a number from 0 to 9999; "${value}" is invalid.`);
  }
  const settings = role.inliner.document.settings;
  const refuri = settings.pepBaseUrl + 'pep-' + String(number).padStart(4, '0');
  return { nodes: [el('reference', { ...optionAttributes(pick(role.options, 'class')), refuri }, [text('PEP ' + value)])], messages: [] };
};

export const rfcRole: RoleFunction = (role) => {
  const value = unescape(role.text);
  const hash = value.indexOf('#');
  const numberText = hash >= 0 ? value.slice(0, hash) : value;
  const number = parsePythonInt(numberText);
  if (number === null || number < 1) {
    return problem(role, `RFC number must be a number greater than or equal to 1; "${value}" is invalid.`);
  }
  const settings = role.inliner.document.settings;
  let refuri = `${settings.rfcBaseUrl}rfc${number}.html`;
  if (hash >= 0) refuri += '#' + value.slice(hash + 1);
  return { nodes: [el('reference', { ...optionAttributes(pick(role.options, 'class')), refuri }, [text('RFC ' + number)])], messages: [] };
};

export const rawRole: RoleFunction = (role) => {
  const settings = role.inliner.document.settings;
  if (!settings.rawEnabled) return problem(role, 'raw (and derived) roles disabled', 2);
  if (role.options.format === undefined) {
    return problem(
      role,
      `No format (Writer name) is associated with this role: "${role.name}".\n` +
        'The "raw" role cannot be used directly.\n' +
        'Instead, use the "role" directive to create a new role with an associated format.',
    );
  }
  const attributes = optionAttributes(pick(role.options, 'class', 'format'));
  attributes['xml:space'] = 'preserve';
  return { nodes: [el('raw', attributes, [text(unescape(role.text, true))])], messages: [] };
};

/** Roles docutils names but does not implement (`:index:` etc.). */
export const unimplementedRole: RoleFunction = (role) => problem(role, `Interpreted text role "${role.name}" not implemented.`);

function problem(role: RoleInvocation, message: string, level = 3): RoleResult {
  const msg = role.inliner.reporter.systemMessage(level, message, { line: role.lineno });
  return { nodes: [role.inliner.problematic(role.rawText, msg)], messages: [msg] };
}

function pick(options: Record<string, unknown>, ...keys: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of keys) if (options[key] !== undefined) out[key] = options[key];
  return out;
}

/** Python's int(): optional sign and surrounding whitespace, digits with single underscores. */
function parsePythonInt(value: string): number | null {
  const m = /^\s*([+-]?)(\d(?:_?\d)*)\s*$/.exec(value);
  if (!m) return null;
  const n = Number(m[2]!.replace(/_/g, ''));
  return m[1] === '-' ? -n : n;
}
