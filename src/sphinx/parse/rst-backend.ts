// The default parse backend: reStructuredText through src/rst with the Sphinx
// layer's directives and roles registered, and Markdown (myst_parser) through
// src/markdown with the same registries. Modules are loaded on demand so that
// a worker only pays for what it parses, and so this stage works while the Sphinx
// directives are still being written (their absence is reported once).
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Element } from '../../doctree/types.js';
import type { Registries, RstSettings } from '../../rst/api.js';
import type { ProjectContext } from '../types.js';
import { isExcludedDocname } from '../discover.js';
import type { DocumentParser, ParseSetup, ParseTask } from './types.js';

type ParseRst = (source: string, options: { settings?: Partial<RstSettings>; registries?: Registries }) => Element;
type ParseMarkdown = (source: string, options: { settings?: Partial<RstSettings>; registries?: Registries; config?: object; docname?: string; srcdir?: string }) => Element;
type RegisterSphinx = (registries: Registries, project: ProjectContext) => void;

/** Module specifiers tried, in order, for the Sphinx layer's `registerSphinx`. */
const REGISTER_MODULES = ['../directives/index.js', '../register.js'];

export async function createDocumentParser(setup: ParseSetup): Promise<DocumentParser> {
  const { parseRst } = (await import('../../rst/index.js')) as unknown as { parseRst: ParseRst };
  const { createRegistries } = (await import('../../rst/registries.js')) as unknown as { createRegistries: () => Registries };
  const registerSphinx = await loadRegisterSphinx();
  const { parseMarkdown } = (await import('../../markdown/index.js')) as unknown as { parseMarkdown: ParseMarkdown };
  const project = projectContext(setup);
  const registries = createRegistries();
  if (registerSphinx) registerSphinx(registries, project);
  for (const plugin of setup.plugins ?? []) {
    const mod = (await import(pathToFileURL(plugin).href)) as { register?: (r: Registries, p: ProjectContext) => void };
    if (typeof mod.register !== 'function') throw new Error(`parser plugin ${plugin} exports no register(registries, project)`);
    mod.register(registries, project);
  }

  return {
    parse(text: string, task: ParseTask, readFile): Element {
      const settings: Partial<RstSettings> = {
        sourcePath: task.path,
        cwd: path.dirname(task.path),
        // Sphinx runs docutils with these (see its default settings): auto ids 'id1', never halting.
        autoIdPrefix: 'id',
        haltLevel: 5,
        reportLevel: 2,
        tabWidth: 8,
        fileInsertionEnabled: true,
        rawEnabled: setup.config.rstro_raw_html,
        languageCode: setup.config.language || 'en',
        pepBaseUrl: 'https://peps.python.org/',
        rfcBaseUrl: 'https://datatracker.ietf.org/doc/html/',
        readFile,
      };
      // Markdown pages (myst_parser): the same settings and registries, so every directive and role works there too.
      if (task.fileType === 'markdown') {
        return parseMarkdown(text, { settings, registries, config: setup.config, docname: task.docname, srcdir: setup.srcdir });
      }
      return parseRst(text, { settings, registries });
    },
  };
}

let loadProblem: string | null = null;

async function loadRegisterSphinx(): Promise<RegisterSphinx | null> {
  for (const specifier of REGISTER_MODULES) {
    try {
      const mod = (await import(specifier)) as { registerSphinx?: RegisterSphinx };
      if (typeof mod.registerSphinx === 'function') return mod.registerSphinx;
    } catch (error) {
      const message = String((error as Error).message ?? error);
      // The module itself absent: try the next name. Present but broken: remember why, parse without it.
      const own = specifier.replace(/^\.\.\//, '').replace(/\.js$/, '');
      if (message.startsWith(`Cannot find module '`) && message.split("'")[1]?.includes(own)) continue;
      loadProblem = message;
      return null;
    }
  }
  loadProblem ??= 'no module exports registerSphinx';
  return null;
}

/** Why the Sphinx directives and roles could not be loaded (null when they were); checked once per process. */
export async function sphinxLayerProblem(): Promise<string | null> {
  const register = await loadRegisterSphinx();
  return register ? null : loadProblem;
}

export function projectContext(setup: ParseSetup): ProjectContext {
  const docnames = new Set(setup.docnames);
  const suffixes = Object.keys(setup.config.source_suffix);
  return {
    srcdir: setup.srcdir,
    rootDir: setup.rootDir,
    config: setup.config,
    tags: new Set(setup.tags),
    docnames,
    docnameOf(absolutePath: string): string | null {
      const rel = path.relative(setup.srcdir, absolutePath).split(path.sep).join('/');
      if (rel.startsWith('..') || path.isAbsolute(rel)) return null;
      const suffix = suffixes.find((s) => rel.endsWith(s));
      if (!suffix) return null;
      const docname = rel.slice(0, -suffix.length);
      return docnames.has(docname) ? docname : null;
    },
    pathOf(docname: string): string {
      return setup.docnamePaths?.[docname] ?? path.join(setup.srcdir, docname + (suffixes[0] ?? '.rst'));
    },
    isExcluded(docname: string): boolean {
      return isExcludedDocname(docname, setup.config);
    },
  };
}
