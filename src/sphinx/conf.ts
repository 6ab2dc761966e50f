// conf.py -> SphinxConfig, without executing Python (see conf/evaluate.ts).
// Every value that cannot be read, or has the wrong type, keeps Sphinx's
// default and gets a warning naming the line, so the user knows what rstro used.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { evaluateConf, isTuple, pyRepr, Unknown } from './conf/evaluate.js';
import type { SphinxConfig } from './types.js';
import type { SphinxWarning } from './warnings.js';

export function defaultConfig(): SphinxConfig {
  return {
    project: 'Python',
    author: 'unknown',
    copyright: '',
    version: '',
    release: '',
    language: 'en',
    root_doc: 'index',
    source_suffix: { '.rst': 'restructuredtext' },
    exclude_patterns: [],
    include_patterns: ['**'],
    templates_path: [],
    rst_prolog: null,
    rst_epilog: null,
    numfig: false,
    numfig_format: { section: 'Section %s', figure: 'Fig. %s', table: 'Table %s', 'code-block': 'Listing %s' },
    numfig_secnum_depth: 1,
    highlight_language: 'default',
    nitpicky: false,
    nitpick_ignore: [],
    nitpick_ignore_regex: [],
    extensions: [],
    intersphinx_mapping: {},
    todo_include_todos: false,
    primary_domain: 'py',
    default_role: null,
    show_authors: false,
    keep_warnings: false,
    suppress_warnings: [],
    myst_enable_extensions: [],
    myst_heading_anchors: 0,
    rstro_raw_html: true,
    rstro_fixture_root: 'literalinclude',
    extra: {},
  };
}

/** Extensions whose behaviour rstro provides (or which change nothing rstro outputs). */
export const KNOWN_EXTENSIONS = new Set([
  'sphinx.ext.todo', 'sphinx.ext.graphviz', 'sphinx.ext.intersphinx', 'sphinx.ext.mathjax', 'sphinx.ext.imgmath',
  'sphinx.ext.ifconfig', 'sphinx.ext.extlinks', 'sphinx.ext.githubpages', 'sphinx.ext.autosectionlabel',
  'sphinx.ext.duration', 'sphinx.ext.viewcode', 'sphinx.ext.coverage', 'sphinx.ext.doctest',
  'myst_parser', 'sphinx_copybutton', 'sphinx_rtd_theme', 'sphinx.ext.autodoc.typehints',
]);

/** Options Sphinx's HTML builder and themes read; rstro lays pages out itself, so they are accepted and ignored. */
const IGNORED_PREFIXES = ['html_', 'latex_', 'epub_', 'man_', 'texinfo_', 'htmlhelp_', 'qthelp_', 'applehelp_', 'devhelp_', 'linkcheck_', 'gettext_', 'locale_', 'pygments_', 'graphviz_', 'todo_', 'copybutton_', 'autodoc_', 'autosummary_', 'napoleon_', 'mathjax', 'imgmath_'];

export interface ConfResult {
  config: SphinxConfig;
  warnings: SphinxWarning[];
  /** Path of the conf.py read, or null when there is none. */
  confPath: string | null;
}

/** Reads `<srcdir>/conf.py`; a missing file is not an error (Sphinx requires one, rstro uses defaults). */
export function readConfFile(srcdir: string, displayPath?: string): ConfResult {
  const confPath = path.join(srcdir, 'conf.py');
  if (!existsSync(confPath)) return { config: defaultConfig(), warnings: [], confPath: null };
  let source: string;
  try {
    source = readFileSync(confPath, 'utf8');
  } catch (error) {
    const shown = displayPath ?? confPath;
    return { config: defaultConfig(), warnings: [confWarning(shown, undefined, `cannot read conf.py (${(error as Error).message}); defaults are used`)], confPath };
  }
  const result = readConf(source, displayPath ?? confPath);
  return { ...result, confPath };
}

/** Reads conf.py's text; `file` is the name printed in warnings. */
export function readConf(source: string, file = 'conf.py'): { config: SphinxConfig; warnings: SphinxWarning[] } {
  const config = defaultConfig();
  const warnings: SphinxWarning[] = [];
  const evaluated = evaluateConf(source);
  if (evaluated.syntaxError) {
    const { line, message } = evaluated.syntaxError;
    warnings.push(confWarning(file, line, `invalid Python syntax in conf.py: ${message}; the whole file is ignored and defaults are used`));
    return { config, warnings };
  }
  for (const notice of evaluated.notices) warnings.push(confWarning(file, notice.line, notice.message));

  const names = evaluated.names;
  const setters = fieldSetters();
  // master_doc is the old name of root_doc; whichever is set wins (root_doc if both).
  if (names.has('master_doc') && !names.has('root_doc')) names.set('root_doc', names.get('master_doc')!);
  for (const [name, { value, line }] of names) {
    if (name === 'master_doc') continue;
    const setter = setters[name];
    const isSetting = setter !== undefined;
    if (value instanceof Unknown) {
      if (isSetting) {
        const shown = name === 'root_doc' && !evaluated.names.has('root_doc') ? 'master_doc' : name;
        warnings.push(confWarning(file, line, `cannot evaluate the value of '${shown}' without running Python (it uses ${value.reason}); the default ${pyRepr(toPython((config as unknown as Record<string, unknown>)[name]))} is used`));
      }
      continue;
    }
    if (!isSetting) {
      if (!IGNORED_PREFIXES.some((p) => name.startsWith(p)) && /^[a-z]/.test(name)) config.extra[name] = toPlain(value);
      continue;
    }
    const problem = setter(config, value);
    if (problem) warnings.push(confWarning(file, line, `the config value '${name}' ${problem}; the default ${pyRepr(toPython((config as unknown as Record<string, unknown>)[name]))} is used`));
  }
  // myst_parser registers '.md' as a Markdown suffix; Sphinx merges registered suffixes into
  // source_suffix after conf.py (merge_source_suffix), so an explicit dict without '.md' still gets it.
  if (config.extensions.includes('myst_parser') && !('.md' in config.source_suffix)) {
    config.source_suffix = { ...config.source_suffix, '.md': 'markdown' };
  }
  const unknown = config.extensions.filter((e) => !KNOWN_EXTENSIONS.has(e));
  if (unknown.length > 0) {
    const line = names.get('extensions')?.line;
    warnings.push(confWarning(file, line, `extensions not supported by rstro, ignored: ${unknown.join(', ')}`));
  }
  return { config, warnings };
}

function confWarning(file: string, line: number | undefined, message: string): SphinxWarning {
  return { file, line, level: 'WARNING', type: 'config', message };
}

type Setter = (config: SphinxConfig, value: unknown) => string | null;

function fieldSetters(): Record<string, Setter> {
  const str = (key: keyof SphinxConfig, nullable = false): Setter => (config, value) => {
    if (typeof value === 'string' || (nullable && value === null)) {
      (config as unknown as Record<string, unknown>)[key] = value;
      return null;
    }
    return `must be a string${nullable ? ' or None' : ''}, not ${typeName(value)}`;
  };
  const bool = (key: keyof SphinxConfig): Setter => (config, value) => {
    // Sphinx accepts any truthy value here (it is Python); numbers are common (numfig = 1).
    if (typeof value === 'boolean' || typeof value === 'number' || value === null) {
      (config as unknown as Record<string, unknown>)[key] = Boolean(value);
      return null;
    }
    return `must be True or False, not ${typeName(value)}`;
  };
  const strList = (key: keyof SphinxConfig): Setter => (config, value) => {
    if (typeof value === 'string' && key === 'extensions') return 'must be a list of strings';
    const list = value instanceof Set ? [...value] : value;
    if (Array.isArray(list) && list.every((x) => typeof x === 'string')) {
      (config as unknown as Record<string, unknown>)[key] = [...list];
      return null;
    }
    return `must be a list of strings, not ${typeName(value)}`;
  };
  const int = (key: keyof SphinxConfig): Setter => (config, value) => {
    if (typeof value === 'number' && Number.isInteger(value)) {
      (config as unknown as Record<string, unknown>)[key] = value;
      return null;
    }
    return `must be an integer, not ${typeName(value)}`;
  };
  return {
    project: str('project'),
    author: str('author'),
    copyright: str('copyright'),
    version: str('version'),
    release: str('release'),
    language: (config, value) => {
      // Sphinx 5 treats None as 'en'.
      if (value === null) return (config.language = 'en'), null;
      return str('language')(config, value);
    },
    root_doc: (config, value) => {
      if (typeof value !== 'string') return `must be a string, not ${typeName(value)}`;
      config.root_doc = value.replace(/\\/g, '/');
      return null;
    },
    source_suffix: (config, value) => {
      if (typeof value === 'string') config.source_suffix = { [value]: 'restructuredtext' };
      else if (Array.isArray(value) && value.every((x) => typeof x === 'string')) {
        config.source_suffix = Object.fromEntries((value as string[]).map((s) => [s, s === '.md' ? 'markdown' : 'restructuredtext']));
      } else if (value instanceof Map && [...value].every(([k, v]) => typeof k === 'string' && typeof v === 'string')) {
        config.source_suffix = Object.fromEntries(value as Map<string, string>);
      } else return `must be a string, a list of strings or a dict, not ${typeName(value)}`;
      return null;
    },
    exclude_patterns: strList('exclude_patterns'),
    include_patterns: strList('include_patterns'),
    templates_path: strList('templates_path'),
    extensions: strList('extensions'),
    suppress_warnings: strList('suppress_warnings'),
    myst_enable_extensions: strList('myst_enable_extensions'),
    rst_prolog: str('rst_prolog', true),
    rst_epilog: str('rst_epilog', true),
    highlight_language: str('highlight_language'),
    primary_domain: str('primary_domain', true),
    default_role: str('default_role', true),
    rstro_fixture_root: str('rstro_fixture_root'),
    numfig: bool('numfig'),
    nitpicky: bool('nitpicky'),
    todo_include_todos: bool('todo_include_todos'),
    show_authors: bool('show_authors'),
    keep_warnings: bool('keep_warnings'),
    rstro_raw_html: bool('rstro_raw_html'),
    numfig_secnum_depth: int('numfig_secnum_depth'),
    myst_heading_anchors: int('myst_heading_anchors'),
    numfig_format: (config, value) => {
      if (!(value instanceof Map) || ![...value].every(([k, v]) => typeof k === 'string' && typeof v === 'string')) return `must be a dict of strings, not ${typeName(value)}`;
      // Sphinx merges the user's formats over its defaults.
      config.numfig_format = { ...config.numfig_format, ...Object.fromEntries(value as Map<string, string>) };
      return null;
    },
    nitpick_ignore: pairs('nitpick_ignore'),
    nitpick_ignore_regex: pairs('nitpick_ignore_regex'),
    intersphinx_mapping: (config, value) => {
      if (!(value instanceof Map)) return `must be a dict, not ${typeName(value)}`;
      const mapping: SphinxConfig['intersphinx_mapping'] = {};
      for (const [key, entry] of value) {
        // New style: name -> (uri, inventory); old style: uri -> inventory.
        let name: string;
        let uri: unknown;
        let inv: unknown;
        if (Array.isArray(entry) && entry.length === 2) {
          name = String(key);
          [uri, inv] = entry;
        } else if (typeof key === 'string' && (typeof entry === 'string' || entry === null)) {
          name = key;
          uri = key;
          inv = entry;
        } else return `has an entry ${pyRepr(key)} that is not (uri, inventory)`;
        if (typeof uri !== 'string') return `has an entry ${pyRepr(key)} whose URI is not a string`;
        const inventories = (Array.isArray(inv) ? inv : [inv]).map((x) => (typeof x === 'string' ? x : null));
        mapping[name] = { uri, inventories };
      }
      config.intersphinx_mapping = mapping;
      return null;
    },
  };

  function pairs(key: 'nitpick_ignore' | 'nitpick_ignore_regex'): Setter {
    return (config, value) => {
      const list = value instanceof Set ? [...value] : value;
      if (!Array.isArray(list) || !list.every((x) => Array.isArray(x) && x.length === 2 && x.every((y: unknown) => typeof y === 'string'))) {
        return `must be a list of (type, target) pairs, not ${typeName(value)}`;
      }
      config[key] = list.map((x) => [x[0], x[1]] as [string, string]);
      return null;
    };
  }
}

function typeName(value: unknown): string {
  if (value === null) return 'None';
  if (typeof value === 'string') return 'a string';
  if (typeof value === 'number') return Number.isInteger(value) ? 'an integer' : 'a float';
  if (typeof value === 'boolean') return 'a boolean';
  if (isTuple(value)) return 'a tuple';
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Map) return 'a dict';
  if (value instanceof Set) return 'a set';
  return 'an object';
}

/** Config values back into the evaluator's Python-like shapes, for printing defaults with pyRepr. */
function toPython(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(toPython);
  if (value && typeof value === 'object') return new Map(Object.entries(value).map(([k, v]) => [k, toPython(v)]));
  return value;
}

/** Evaluated values into JSON-friendly JS (dict -> object, set/tuple -> array). */
function toPlain(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(toPlain);
  if (value instanceof Set) return [...value].map(toPlain);
  if (value instanceof Map) return Object.fromEntries([...value].map(([k, v]) => [String(k), toPlain(v)]));
  return value;
}
