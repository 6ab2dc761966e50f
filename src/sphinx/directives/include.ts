// include as Sphinx has it: `/path` starts at the source root, a relative
// path at the including document's folder (not the included file's), the
// fixture root is tried after them, and nothing outside the project root is
// read. The reading, clipping (:start-after:, :end-before:, :literal:,
// :code:) and parsing stay docutils' (the parser's include).
import type { DirectiveInvocation, DirectiveSpec } from '../../rst/api.js';
import { OutsideProjectError } from '../context.js';
import { resolveIncludePath } from './paths.js';
import { directiveWarning, type ContextOf } from './scope.js';

export function sphinxIncludeDirective(base: DirectiveSpec, contextOf: ContextOf): DirectiveSpec {
  return {
    ...base,
    run(inv: DirectiveInvocation) {
      const argument = inv.arguments[0] ?? '';
      // <isonum.txt>: docutils' standard definition files.
      if (argument.startsWith('<') && argument.endsWith('>')) return base.run(inv);
      const context = contextOf(inv.document);
      const file = resolveIncludePath(context, argument);
      if (file.found) {
        try {
          context.readFile(file.path);
        } catch (error) {
          if (error instanceof OutsideProjectError || /outside the project root/.test(String((error as Error).message))) {
            return [directiveWarning(context, inv, `Include file '${file.path}' is outside the project root; refusing to read it`)];
          }
        }
      }
      return base.run({ ...inv, arguments: [file.path, ...inv.arguments.slice(1)] });
    },
  };
}
