// image and figure as Sphinx resolves them: the URI stays as written
// (relative to the document's folder, or `/`-rooted at the source root),
// and data.sourcePath gets the absolute file for the site builder to copy.
// A missing file is Sphinx's "image file not readable" warning.
import { readdirSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import type { DoctreeNode, Element } from '../../doctree/types.js';
import { visit } from '../../doctree/builders.js';
import type { DirectiveInvocation, DirectiveSpec } from '../../rst/api.js';
import { addName } from '../../rst/directives/common.js';
import type { SphinxContext } from '../context.js';
import { directiveWarning, type ContextOf } from './scope.js';

/** Preference for `image.*` candidates, as Sphinx's HTML builder orders image types. */
const PREFERRED = ['.svg', '.png', '.gif', '.jpg', '.jpeg', '.webp'];

export function resolveImage(context: SphinxContext, uri: string): string | null {
  if (/^[a-z][a-z0-9+.-]*:/i.test(uri) || uri.startsWith('//')) return null; // remote or data: URI
  const path = uri.startsWith('/') ? join(context.sourceRoot, uri.slice(1)) : join(dirname(context.docPath), uri);
  if (!path.endsWith('.*')) return path;
  const stem = path.slice(0, -2);
  let names: string[] = [];
  try {
    names = readdirSync(dirname(stem));
  } catch {
    return path;
  }
  const base = stem.slice(dirname(stem).length + 1);
  for (const ext of PREFERRED) if (names.includes(base + ext)) return stem + ext;
  return path;
}

/** Wrap docutils' image/figure so their image nodes carry the resolved file. */
export function sphinxImageDirective(base: DirectiveSpec, contextOf: ContextOf): DirectiveSpec {
  return {
    ...base,
    run(inv: DirectiveInvocation) {
      const context = contextOf(inv.document);
      // Sphinx's figure names the figure, not its image, so :numref: and :ref: reach the caption.
      const namesFigure = inv.name === 'figure' && typeof inv.options.name === 'string';
      const { name: _name, ...otherOptions } = inv.options;
      const nodes = base.run(namesFigure ? { ...inv, options: otherOptions } : inv);
      if (namesFigure && nodes[0]?.type === 'figure') addName(nodes[0] as Element, inv);
      const messages: DoctreeNode[] = [];
      for (const node of nodes) {
        visit(node, (child) => {
          if (child.type !== 'image') return;
          const image = child as Element;
          const uri = String(image.attributes.uri ?? '');
          const path = resolveImage(context, uri);
          if (!path) return;
          image.data = { ...image.data, sourcePath: path };
          if (!context.exists(path)) {
            const shown = relative(context.sourceRoot, path).split(sep).join('/');
            messages.push(directiveWarning(context, inv, `image file not readable: ${shown}`));
          }
        });
      }
      return [...nodes, ...messages];
    },
  };
}
