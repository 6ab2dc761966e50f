// The `role` and `default-role` directives:
//
//     .. role:: custom                   :custom:`x`  -> <inline classes="custom">
//     .. role:: py(code)                 :py:`x`      -> <literal classes="code py python">
//        :language: python
//     .. role:: html(raw)
//        :format: html
//     .. default-role:: subscript        `x`          -> <subscript>
//     .. default-role::                  back to title-reference
//
// `role` reads its argument line and options itself (docutils does too): the
// options allowed depend on the base role named in the argument.
import { el, text } from '../../doctree/builders.js';
import type { DoctreeNode, Element } from '../../doctree/types.js';
import type { DirectiveInvocation, DirectiveSpec, RoleFunction } from '../api.js';
import { makeId } from '../ids.js';
import { lookupRole, registerLocalRole } from './lookup.js';
import { codeRole, customRole, mathRole, rawRole } from './standard.js';

type OptionConverter = (value: string | null) => unknown;

const classOption: OptionConverter = (value) => {
  if (value === null) throw new Error('argument required but none supplied');
  const classes: string[] = [];
  for (const name of value.split(/\s+/).filter(Boolean)) {
    const id = makeId(name);
    if (!id) throw new Error(`cannot make "${name}" into a class name`);
    classes.push(id);
  }
  return classes;
};
const unchanged: OptionConverter = (value) => value ?? '';

/** Options a custom role may preset, by base role; roles not listed take `class` only. */
const roleOptions = new WeakMap<RoleFunction, Record<string, OptionConverter>>([
  [codeRole, { class: classOption, language: unchanged }],
  [rawRole, { class: classOption, format: unchanged }],
  [mathRole, { class: classOption }],
]);

function optionsOf(fn: RoleFunction): Record<string, OptionConverter> {
  return roleOptions.get(fn) ?? { class: classOption };
}

const NAME = '[\\p{L}\\p{N}]+(?:[-._+:][\\p{L}\\p{N}]+)*';
const ARGUMENT = new RegExp(`^(${NAME})\\s*(?:\\(\\s*(${NAME})\\s*\\)\\s*)?$`, 'u');

function directiveError(inv: DirectiveInvocation, message: string): Element {
  return inv.reporter.error(message, {
    line: inv.lineno,
    children: [el('literal_block', { 'xml:space': 'preserve' }, [text(inv.blockText)])],
  });
}

/** Python's repr() of an option value, as docutils quotes it in messages. */
function pyRepr(value: string | null): string {
  if (value === null) return 'None';
  const quote = value.includes("'") && !value.includes('"') ? '"' : "'";
  const body = value.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\t/g, '\\t');
  return quote + (quote === "'" ? body.replace(/'/g, "\\'") : body) + quote;
}

/** Parse `:name: value` lines (values may continue on indented lines) into converted options. */
function parseOptions(lines: string[], spec: Record<string, OptionConverter>): Record<string, unknown> {
  const raw: Array<[string, string | null]> = [];
  let i = 0;
  while (i < lines.length && lines[i]!.trim() === '') i++;
  // The options come first, up to a blank line; without a leading `:name:` there are none.
  const hasOptions = i < lines.length && lines[i]!.startsWith(':');
  for (; hasOptions && i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '') break;
    const m = /^:((?:\\.|[^\\:])+):(?:\s+(.*))?$/.exec(line);
    if (m) {
      raw.push([m[1]!.toLowerCase(), m[2] === undefined || m[2].trim() === '' ? null : m[2].trim()]);
    } else if (/^\s/.test(line) && raw.length > 0) {
      const last = raw[raw.length - 1]!;
      last[1] = last[1] === null ? line.trim() : `${last[1]}\n${line.trim()}`;
    } else {
      throw new Error('invalid option block');
    }
  }
  // Roles take no content: anything after the options is an error.
  if (lines.slice(i).some((line) => line.trim() !== '')) throw new Error('no content permitted');
  const options: Record<string, unknown> = {};
  for (const [name, value] of raw) {
    const convert = spec[name];
    if (!convert) throw new Error(`unknown option: "${name}"`);
    if (name in options) throw new Error(`duplicate option "${name}"`);
    try {
      options[name] = convert(value);
    } catch (error) {
      throw new Error(`invalid option value: (option: "${name}"; value: ${pyRepr(value)})\n${(error as Error).message}`);
    }
  }
  return options;
}

export const roleDirective: DirectiveSpec = {
  requiredArguments: 0,
  optionalArguments: 0,
  hasContent: true,
  optionSpec: null,
  run(inv) {
    // The argument is the directive's first line, which the framework hands over as content.
    if (inv.contentOffset > inv.lineno || inv.content.length === 0) {
      return [directiveError(inv, `"${inv.name}" directive requires arguments on the first line.`)];
    }
    const argument = inv.content[0]!.trim();
    const match = ARGUMENT.exec(argument);
    if (!match) return [directiveError(inv, `"${inv.name}" directive arguments not valid role names: "${argument}".`)];
    const newName = match[1]!;
    const baseName = match[2];
    const nodes: DoctreeNode[] = [];
    let base: RoleFunction = customRole;
    if (baseName) {
      const found = lookupRole(baseName, inv.document, inv.state.registries, { lineno: inv.lineno });
      nodes.push(...found.messages);
      if (!found.fn) {
        nodes.push(directiveError(inv, `Unknown interpreted text role "${baseName}".`));
        return nodes;
      }
      base = found.fn;
    }
    const spec = optionsOf(base);
    let presets: Record<string, unknown>;
    try {
      presets = parseOptions(inv.content.slice(1), spec);
    } catch (error) {
      nodes.push(directiveError(inv, `Error in "${inv.name}" directive:\n${(error as Error).message}.`));
      return nodes;
    }
    if (!('class' in presets)) {
      try {
        presets.class = classOption(newName);
      } catch (error) {
        nodes.push(directiveError(inv, `Invalid argument for "${inv.name}" directive:\n${(error as Error).message}.`));
        return nodes;
      }
    }
    const custom: RoleFunction = (role) => base({ ...role, options: { ...presets, ...role.options } });
    roleOptions.set(custom, spec);
    registerLocalRole(inv.document, newName, custom);
    return nodes;
  },
};

export const defaultRoleDirective: DirectiveSpec = {
  requiredArguments: 0,
  optionalArguments: 1,
  finalArgumentWhitespace: false,
  hasContent: false,
  optionSpec: null,
  run(inv) {
    if (inv.arguments.length === 0) {
      inv.state.defaultRole = '';
      return [];
    }
    const name = inv.arguments[0]!;
    const found = lookupRole(name, inv.document, inv.state.registries, { lineno: inv.lineno });
    if (!found.fn) return [...found.messages, directiveError(inv, `Unknown interpreted text role "${name}".`)];
    inv.state.defaultRole = name.toLowerCase();
    return found.messages;
  },
};
