// Object descriptions (basic): the directives that document a Python function,
// an environment variable, a command-line option...
//
//     .. py:module:: kube.tools
//     .. py:function:: restart(pod, *, force=False) -> bool
//     .. py:class:: Client(url)
//        .. py:method:: get(path)
//     .. envvar:: KUBECONFIG
//     .. program:: kubectl
//     .. option:: -n NAMESPACE, --namespace=NAMESPACE
//     .. describe:: anything
//     .. c:function:: int open(const char *path)      (c, cpp, js, rst: the signature is kept as written)
//
// Each produces `index` {data.entries} and `desc` {domain, objtype, desctype,
// classes} > desc_signature {ids, fullname, module...} > desc_name..., then
// desc_content with the body — the shape Sphinx gives them, simplified inside
// the signature (parameters are text, not token nodes). The project model
// collects desc_signature ids as link targets for :py:func:, :envvar:, :option:.
import { el, text } from '../../doctree/builders.js';
import type { DoctreeNode, Element } from '../../doctree/types.js';
import type { DirectiveInvocation, DirectiveSpec } from '../../rst/api.js';
import { here } from '../../rst/directives/common.js';
import { flag, unchanged } from '../../rst/directives/options.js';
import type { SphinxContext } from '../context.js';
import { sphinxId } from './ids.js';
import type { IndexEntry } from './index-entries.js';
import type { ContextOf } from './scope.js';

interface Signature {
  children: DoctreeNode[];
  attributes: Element['attributes'];
  ids: string[];
  entries: IndexEntry[];
  /** A Python class whose content is being parsed gets its name pushed for nested members. */
  className?: string;
}

type SignatureParser = (signature: string, context: SphinxContext, inv: DirectiveInvocation) => Signature;

const OBJECT_OPTIONS = {
  noindex: flag,
  noindexentry: flag,
  nocontentsentry: flag,
  module: unchanged,
  annotation: unchanged,
  type: unchanged,
  value: unchanged,
  canonical: unchanged,
  async: flag,
  classmethod: flag,
  staticmethod: flag,
  abstractmethod: flag,
  final: flag,
};

function objectDirective(domain: string, objtype: string, parse: SignatureParser, contextOf: ContextOf): DirectiveSpec {
  return {
    requiredArguments: 1,
    finalArgumentWhitespace: true,
    hasContent: true,
    optionSpec: OBJECT_OPTIONS,
    run(inv) {
      const context = contextOf(inv.document);
      const noindex = 'noindex' in inv.options;
      const desc = el('desc', {
        domain, objtype, desctype: objtype, classes: domain ? [domain, objtype] : [objtype], noindex,
      }, [], here(inv));
      const entries: IndexEntry[] = [];
      let className: string | undefined;
      // Several signatures may share one description, one per line.
      for (const line of inv.arguments[0].split('\n').map((l) => l.trim()).filter(Boolean)) {
        const signature = parse(line, context, inv);
        const sig = el('desc_signature', { classes: ['sig', 'sig-object'], ...signature.attributes }, signature.children, here(inv));
        const fresh = signature.ids.filter((id) => !inv.document.ids.has(id));
        if (!noindex && fresh.length) {
          sig.attributes.ids = fresh;
          for (const id of fresh) inv.document.ids.set(id, sig);
          if (!('noindexentry' in inv.options)) entries.push(...signature.entries);
        }
        className ??= signature.className;
        desc.children.push(sig);
      }
      const content = el('desc_content', {});
      const classes = (context.state.pyClasses ??= []);
      if (className) classes.push(className);
      try {
        inv.state.nestedParse(inv.content, inv.contentOffset, content);
      } finally {
        if (className) classes.pop();
      }
      desc.children.push(content);
      const index = el('index', {}, [], here(inv));
      index.data = { entries };
      return [index, desc];
    },
  };
}

// ---- Python -------------------------------------------------------------

const PY_SIGNATURE = /^([\w.]*\.)?(\w+)\s*(?:\(([\s\S]*)\))?\s*(?:->\s*(.+?))?\s*$/;

function splitTopLevel(list: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of list) {
    if ('([{'.includes(ch)) depth++;
    else if (')]}'.includes(ch)) depth--;
    if (ch === ',' && depth === 0) {
      parts.push(current.trim());
      current = '';
    } else current += ch;
  }
  if (current.trim()) parts.push(current.trim());
  return parts;
}

function pythonParser(objtype: string): SignatureParser {
  const callable = ['function', 'method', 'classmethod', 'staticmethod', 'class', 'exception', 'decorator', 'decoratormethod'].includes(objtype);
  return (signature, context, inv) => {
    const match = PY_SIGNATURE.exec(signature);
    const prefix = match?.[1] ?? '';
    const name = match?.[2] ?? signature;
    const moduleOption = typeof inv.options.module === 'string' ? inv.options.module : undefined;
    const module = moduleOption ?? context.state.pyModule ?? null;
    const classPath = (context.state.pyClasses ?? []).join('.');
    const fullname = [classPath, prefix + name].filter(Boolean).join('.');
    const children: DoctreeNode[] = [];
    const kind = objtype === 'class' || objtype === 'exception' ? objtype : inv.options.classmethod !== undefined ? 'classmethod' : null;
    if (kind) children.push(el('desc_annotation', { 'xml:space': 'preserve' }, [text(kind + ' ')]));
    // The module path is shown before top-level names, as Sphinx's add_module_names.
    const shownPrefix = classPath ? prefix : (module ? module + '.' : '') + prefix;
    if (shownPrefix) children.push(el('desc_addname', { classes: ['sig-prename', 'descclassname'], 'xml:space': 'preserve' }, [text(shownPrefix)]));
    children.push(el('desc_name', { classes: ['sig-name', 'descname'], 'xml:space': 'preserve' }, [text(name)]));
    if (match?.[3] !== undefined) {
      const params = splitTopLevel(match[3]).map((p) => el('desc_parameter', { 'xml:space': 'preserve' }, [text(p)]));
      children.push(el('desc_parameterlist', { 'xml:space': 'preserve' }, params));
    } else if (callable && objtype !== 'class' && objtype !== 'exception') {
      children.push(el('desc_parameterlist', { 'xml:space': 'preserve' }, []));
    }
    if (match?.[4]) children.push(el('desc_returns', { 'xml:space': 'preserve' }, [text(match[4])]));
    for (const key of ['type', 'value'] as const) {
      const value = inv.options[key];
      if (typeof value === 'string' && value) children.push(el('desc_annotation', { 'xml:space': 'preserve' }, [text((key === 'type' ? ': ' : ' = ') + value)]));
    }
    const id = (module ? module + '.' : '') + fullname;
    return {
      children,
      attributes: { module: module ?? undefined, class: classPath || undefined, fullname },
      ids: [id],
      entries: [['single', pythonIndexText(objtype, name, fullname, module, classPath, inv), id, '', null]],
      className: objtype === 'class' || objtype === 'exception' ? fullname : undefined,
    };
  };
}

function pythonIndexText(objtype: string, name: string, fullname: string, module: string | null, classPath: string, inv: DirectiveInvocation): string {
  const owner = [module, classPath].filter(Boolean).join('.');
  const methodKind = 'staticmethod' in inv.options || objtype === 'staticmethod' ? 'static method' : 'classmethod' in inv.options || objtype === 'classmethod' ? 'class method' : 'method';
  switch (objtype) {
    case 'function':
    case 'decorator':
      return module ? `${fullname}() (in module ${module})` : `${fullname}() (built-in function)`;
    case 'class':
      return module ? `${fullname} (class in ${module})` : `${fullname} (built-in class)`;
    case 'exception':
      return fullname;
    case 'method':
    case 'classmethod':
    case 'staticmethod':
    case 'decoratormethod':
      return owner ? `${name}() (${owner} ${methodKind})` : `${fullname}()`;
    case 'attribute':
    case 'property':
      return owner ? `${name} (${owner} ${objtype})` : fullname;
    default:
      return module ? `${fullname} (in module ${module})` : `${fullname} (built-in variable)`;
  }
}

function pyModuleDirective(contextOf: ContextOf, current: boolean): DirectiveSpec {
  return {
    requiredArguments: 1,
    hasContent: false,
    optionSpec: { platform: unchanged, synopsis: unchanged, noindex: flag, deprecated: flag },
    run(inv) {
      const context = contextOf(inv.document);
      const name = inv.arguments[0].trim();
      context.state.pyModule = name === 'None' ? null : name;
      if (current || 'noindex' in inv.options || name === 'None') return [];
      const id = `module-${name}`;
      const target = el('target', { ids: [id], ismod: true }, [], here(inv));
      inv.document.ids.set(id, target);
      const index = el('index', {}, [], here(inv));
      index.data = { entries: [['pair', `module; ${name}`, id, '', null]] };
      return [target, index];
    },
  };
}

// ---- std: envvar, option, program, describe --------------------------------

const envvarParser: SignatureParser = (signature) => {
  const id = sphinxId(`envvar-${signature}`);
  return {
    children: [el('desc_name', { classes: ['sig-name', 'descname'], 'xml:space': 'preserve' }, [text(signature)])],
    attributes: { fullname: signature },
    ids: [id],
    entries: [['single', `environment variable; ${signature}`, id, '', null]],
  };
};

const OPTION = /^((?:\/|--|-|\+)?[^\s=[]+)([\s\S]*)$/;

const optionParser: SignatureParser = (signature, context) => {
  const program = context.state.program ?? null;
  const children: DoctreeNode[] = [];
  const names: string[] = [];
  signature.split(/,\s*/).forEach((option, index) => {
    const match = OPTION.exec(option.trim());
    if (!match) return;
    if (index > 0) children.push(el('desc_addname', { classes: ['sig-prename', 'descclassname'], 'xml:space': 'preserve' }, [text(', ')]));
    children.push(el('desc_name', { classes: ['sig-name', 'descname'], 'xml:space': 'preserve' }, [text(match[1])]));
    if (match[2]) children.push(el('desc_addname', { classes: ['sig-prename', 'descclassname'], 'xml:space': 'preserve' }, [text(match[2])]));
    names.push(match[1]);
  });
  const ids = names.map((name) => sphinxId(`cmdoption-${program ? program + '-' : ''}${name}`));
  const label = program ? `${program} command line option` : 'command line option';
  return {
    children,
    attributes: { allnames: names.join(' '), program: program ?? undefined },
    ids,
    entries: names.map((name): IndexEntry => ['pair', `${label}; ${name}`, ids[0], '', null]),
  };
};

const plainParser: SignatureParser = (signature) => ({
  children: [el('desc_name', { classes: ['sig-name', 'descname'], 'xml:space': 'preserve' }, [text(signature)])],
  attributes: {},
  ids: [],
  entries: [],
});

function programDirective(contextOf: ContextOf): DirectiveSpec {
  return {
    requiredArguments: 1,
    finalArgumentWhitespace: true,
    hasContent: false,
    optionSpec: {},
    run(inv) {
      const name = inv.arguments[0].trim().replace(/\s+/g, '-');
      contextOf(inv.document).state.program = name === 'None' ? null : name;
      return [];
    },
  };
}

// ---- other domains: the signature as written, the name for the id --------

function genericParser(domain: string, objtype: string): SignatureParser {
  return (signature) => {
    // The declared name is the last identifier before a parameter list (or the end).
    const beforeParams = signature.split('(')[0];
    const name = /([A-Za-z_][\w:.]*)\s*$/.exec(beforeParams)?.[1] ?? signature;
    const id = domain === 'rst' ? `${objtype}-${name}` : domain === 'cpp' ? '' : `${domain}.${name}`;
    return {
      children: [el('desc_name', { classes: ['sig-name', 'descname'], 'xml:space': 'preserve' }, [text(signature)])],
      attributes: { fullname: name },
      ids: id ? [id] : [],
      entries: id ? [['single', `${name} (${domain.toUpperCase()} ${objtype})`, id, '', null]] : [],
    };
  };
}

const PY_OBJECTS = ['function', 'class', 'exception', 'method', 'classmethod', 'staticmethod', 'attribute', 'property', 'data', 'decorator', 'decoratormethod'];
const OTHER_OBJECTS: Record<string, string[]> = {
  c: ['function', 'member', 'macro', 'struct', 'union', 'enum', 'enumerator', 'type', 'var'],
  cpp: ['class', 'struct', 'union', 'function', 'member', 'var', 'type', 'concept', 'enum', 'enum-struct', 'enum-class', 'enumerator'],
  js: ['function', 'method', 'class', 'data', 'attribute', 'module'],
  rst: ['directive', 'directive:option', 'role'],
};

/** Every object directive by registered name. */
export function objectDirectives(contextOf: ContextOf): Map<string, DirectiveSpec> {
  const directives = new Map<string, DirectiveSpec>();
  for (const objtype of PY_OBJECTS) {
    const spec = objectDirective('py', objtype, pythonParser(objtype), contextOf);
    directives.set(`py:${objtype}`, spec);
  }
  directives.set('py:module', pyModuleDirective(contextOf, false));
  directives.set('py:currentmodule', pyModuleDirective(contextOf, true));
  for (const [domain, objtypes] of Object.entries(OTHER_OBJECTS)) {
    for (const objtype of objtypes) directives.set(`${domain}:${objtype}`, objectDirective(domain, objtype, genericParser(domain, objtype), contextOf));
  }
  // Without a prefix, a directive belongs to the default domain (`default-domain`, else Python),
  // as in Sphinx — which is why docutils' `class` is called `rst-class` there.
  for (const name of [...PY_OBJECTS, 'module', 'currentmodule']) {
    const python = directives.get(`py:${name}`)!;
    directives.set(name, {
      ...python,
      run(inv) {
        const domain = contextOf(inv.document).state.defaultDomain ?? 'py';
        return (directives.get(`${domain}:${name}`) ?? python).run(inv);
      },
    });
  }
  const envvar = objectDirective('std', 'envvar', envvarParser, contextOf);
  const option = objectDirective('std', 'option', optionParser, contextOf);
  directives.set('envvar', envvar).set('std:envvar', envvar);
  directives.set('option', option).set('std:option', option).set('cmdoption', option);
  directives.set('program', programDirective(contextOf)).set('std:program', programDirective(contextOf));
  directives.set('describe', objectDirective('', 'describe', plainParser, contextOf));
  directives.set('object', objectDirective('', 'object', plainParser, contextOf));
  return directives;
}
