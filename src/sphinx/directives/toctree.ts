// toctree: the document's place in the site's tree of pages.
//
//     .. toctree::
//        :maxdepth: 2
//        :caption: Runbooks
//        :glob:
//
//        intro                      a docname, relative to this document
//        /k8s/index                 absolute: from the source root
//        Memory <k8s/oom>           an explicit title
//        k8s/*                      a glob pattern (with :glob:)
//        self                       this document
//        https://example.com        an external link
//
// Produces `compound.toctree-wrapper` > `toctree` (TEAM.md contract): entries
// and includefiles in data, options as attributes. Checks entries against the
// project's documents with Sphinx's warnings.
import { posix } from 'node:path';
import picomatch from 'picomatch';
import { el } from '../../doctree/builders.js';
import type { DirectiveInvocation, DirectiveSpec } from '../../rst/api.js';
import { addName, here } from '../../rst/directives/common.js';
import { flag, unchanged, unchangedRequired } from '../../rst/directives/options.js';
import type { SphinxContext } from '../context.js';
import { warningCollector, type ContextOf } from './scope.js';
import { integer } from './option-types.js';

export interface ToctreeEntry {
  title: string | null;
  /** A docname, 'self', or a URL. */
  ref: string;
}

const EXPLICIT_TITLE = /^([\s\S]+?)\s*(?<!\x00)<([^<]*?)>$/;
const URL = /^[^:\s]+:\/\/./;
const GLOB_CHARS = /[*?[]/;

/** A docname written in a document, made absolute: `../x` from `k8s/oom` is `x`, `/x` is `x`. */
export function joinDocname(current: string, written: string): string {
  if (written.startsWith('/')) return posix.normalize(written.replace(/^\/+/, ''));
  return posix.normalize(posix.join(posix.dirname(current), written));
}

/** `:numbered:` alone means "all levels" (Sphinx's 999). */
const intOrAll = (value: string | null) => (value === null || value.trim() === '' ? 999 : integer(value));

export function toctreeDirective(contextOf: ContextOf): DirectiveSpec {
  return {
    hasContent: true,
    optionSpec: {
      maxdepth: integer,
      name: unchanged,
      caption: unchangedRequired,
      glob: flag,
      hidden: flag,
      includehidden: flag,
      numbered: intOrAll,
      titlesonly: flag,
      reversed: flag,
    },
    run(inv) {
      const context = contextOf(inv.document);
      const { messages, warn } = warningCollector(context, inv);
      const options = inv.options;
      const glob = 'glob' in options;
      const { entries, includefiles } = parseEntries(inv, context, glob, warn);
      if ('reversed' in options) {
        entries.reverse();
        includefiles.reverse();
      }
      const attributes: Record<string, string | number | boolean> = {
        parent: context.docname,
        maxdepth: (options.maxdepth as number | undefined) ?? -1,
        glob,
        hidden: 'hidden' in options,
        includehidden: 'includehidden' in options,
        numbered: (options.numbered as number | undefined) ?? 0,
        titlesonly: 'titlesonly' in options,
      };
      if (typeof options.caption === 'string') attributes.caption = options.caption;
      if (typeof options.name === 'string' && options.name) attributes.name = options.name;
      const toctree = el('toctree', attributes, [], here(inv));
      toctree.data = { entries, includefiles };
      const wrapper = el('compound', { classes: ['toctree-wrapper'] }, [toctree], here(inv));
      addName(wrapper, inv);
      return [wrapper, ...messages];
    },
  };
}

function parseEntries(inv: DirectiveInvocation, context: SphinxContext, glob: boolean, warn: (message: string) => void) {
  const entries: ToctreeEntry[] = [];
  const includefiles: string[] = [];
  const known = new Set(context.docnames);
  const excluded = new Set(context.excludedDocnames);
  const checking = known.size > 0;
  const add = (title: string | null, docname: string) => {
    if (includefiles.includes(docname)) warn(`duplicated entry found in toctree: ${docname}`);
    entries.push({ title, ref: docname });
    includefiles.push(docname);
  };

  for (const line of inv.content) {
    const entry = line.trim();
    if (!entry) continue;
    const explicit = EXPLICIT_TITLE.exec(entry);
    if (glob && !explicit && GLOB_CHARS.test(entry)) {
      const pattern = joinDocname(context.docname, entry);
      const matcher = picomatch(pattern, { dot: true });
      const matches = [...known].filter((name) => name !== context.docname && matcher(name)).sort();
      if (matches.length === 0) warn(`toctree glob pattern '${entry}' didn't match any documents`);
      for (const docname of matches) add(null, docname);
      continue;
    }
    const title = explicit ? explicit[1] : null;
    const ref = explicit ? explicit[2].trim() : entry;
    if (ref === 'self' || URL.test(ref)) {
      entries.push({ title, ref });
      continue;
    }
    const docname = stripSuffix(joinDocname(context.docname, ref), context, known);
    if (checking && !known.has(docname)) {
      warn(excluded.has(docname) || context.isExcluded?.(docname)
        ? `toctree contains reference to excluded document '${docname}'`
        : `toctree contains reference to nonexisting document '${docname}'`);
      continue;
    }
    add(title, docname);
  }
  return { entries, includefiles };
}

/** `intro.rst` names the document `intro` (unless a document is really called `intro.rst`). */
function stripSuffix(docname: string, context: SphinxContext, known: Set<string>): string {
  if (known.has(docname)) return docname;
  for (const suffix of context.config.sourceSuffixes) {
    if (docname.endsWith(suffix)) return docname.slice(0, -suffix.length);
  }
  return docname;
}
