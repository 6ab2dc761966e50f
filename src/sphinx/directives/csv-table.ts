// csv-table as Sphinx patches it: a `:file:` starting with "/" is relative to
// the source root (docutils would read it from the file system's root).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { DirectiveInvocation, DirectiveSpec } from '../../rst/api.js';
import type { ContextOf } from './scope.js';

export function sphinxCsvTableDirective(base: DirectiveSpec, contextOf: ContextOf): DirectiveSpec {
  return {
    ...base,
    run(inv: DirectiveInvocation) {
      const file = inv.options.file;
      if (typeof file !== 'string' || !file.startsWith('/') || existsSync(file)) return base.run(inv);
      const context = contextOf(inv.document);
      return base.run({ ...inv, options: { ...inv.options, file: join(context.sourceRoot, file.slice(1)) } });
    },
  };
}
