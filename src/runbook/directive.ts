// The runbook directives, registered into the parser beside Sphinx's own:
//
//   .. diagnostic:: Slab caches leaked by kmem accounting
//      :command: ls /sys/kernel/slab | wc -l
//      :fixture: slab_count.txt
//      :healthy: slab_count_healthy.txt
//      :match: number > 100000
//      :safe:
//
//      More than 100000 slab caches means memory cgroup IDs are exhausted.
//
//   .. check:: NAME        (matchers for the literalinclude/code-block with :name: NAME)
//      :match: contains "Cannot allocate memory"
//
// Both record a DiagnosticSpec on a `diagnostic` node; validation and the
// card on the page come later (validate.ts, render.ts). Malformed options
// are warnings with file and line.
import type { DirectiveInvocation, DirectiveSpec, Registries } from '../rst/api.js';
import { el } from '../doctree/builders.js';
import type { Element } from '../doctree/types.js';
import type { SphinxContext } from '../sphinx/context.js';
import { contextResolver, type ContextOf, type ContextSource } from '../sphinx/directives/scope.js';
import { resolveIncludePath } from '../sphinx/directives/paths.js';
import { DEFAULT_TIMEOUT_SECONDS, type DiagnosticSpec, type FixtureRef } from './model.js';
import { specProblems } from './validate.js';

const unchanged = (value: string | null) => (value ?? '').trim();
const required = (name: string) => (value: string | null) => {
  const v = (value ?? '').trim();
  if (!v) throw new Error(`${name} needs a value`);
  return v;
};
const flag = (value: string | null) => {
  if (value && value.trim()) throw new Error(`no argument is allowed; "${value.trim()}" supplied`);
  return true;
};
const positiveNumber = (value: string | null) => {
  const n = Number((value ?? '').trim());
  if (!Number.isFinite(n) || n <= 0) throw new Error(`"${(value ?? '').trim()}" is not a positive number of seconds`);
  return n;
};
const lines = (value: string | null) =>
  (value ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
const paths = (value: string | null) => (value ?? '').split(/\s+/).filter(Boolean);

const COMMON_OPTIONS = {
  match: lines,
  healthy: paths,
  filter: required('filter'),
  timeout: positiveNumber,
  platform: required('platform'),
  name: unchanged,
  class: unchanged,
};

function resolveFixtures(context: SphinxContext, written: string[]): FixtureRef[] {
  return written.map((w) => {
    const resolved = resolveIncludePath(context, w);
    if (resolved.found) {
      // Reading through the context confines the path to the project and records the dependency.
      try {
        context.readFile(resolved.path);
      } catch {
        return { written: w, path: null, candidates: resolved.candidates };
      }
    }
    return { written: w, path: resolved.found ? resolved.path : null, candidates: resolved.candidates };
  });
}

function buildNode(invocation: DirectiveInvocation, spec: DiagnosticSpec): Element[] {
  const node = el('diagnostic', { classes: ['diagnostic'] }, [], {
    start: { line: invocation.lineno, column: 1 },
    end: { line: invocation.lineno + invocation.content.length, column: 1 },
  });
  node.data = { diagnostic: spec };
  const name = invocation.options.name as string | undefined;
  if (name) {
    node.attributes.names = [name.toLowerCase()];
    invocation.document.noteExplicitTarget(node);
  }
  const messages: Element[] = [];
  if (spec.kind === 'diagnostic') {
    const title = el('title', {}, []);
    const parsed = invocation.state.parseInline(spec.title, invocation.lineno);
    title.children.push(...parsed.nodes);
    node.children.push(title);
    messages.push(...parsed.messages);
  }
  if (invocation.content.length) invocation.state.nestedParse(invocation.content, invocation.contentOffset, node);
  const problems = specProblems(spec);
  if (spec.kind === 'diagnostic' && !spec.command) problems.unshift('no :command: given');
  for (const problem of problems) messages.push(invocation.reporter.warning(`${invocation.name} "${spec.title}": ${problem}`, { line: invocation.lineno }));
  return [node, ...messages];
}

function diagnosticDirective(contextOf: ContextOf): DirectiveSpec {
  return {
    requiredArguments: 1,
    finalArgumentWhitespace: true,
    hasContent: true,
    optionSpec: { ...COMMON_OPTIONS, command: required('command'), fixture: paths, safe: flag },
    run(invocation) {
      const context = contextOf(invocation.document);
      const o = invocation.options;
      const spec: DiagnosticSpec = {
        kind: 'diagnostic',
        docname: context.docname,
        source: context.docPath,
        line: invocation.lineno,
        title: invocation.arguments[0],
        command: o.command as string | undefined,
        fixtures: resolveFixtures(context, (o.fixture as string[] | undefined) ?? []),
        healthy: resolveFixtures(context, (o.healthy as string[] | undefined) ?? []),
        match: (o.match as string[] | undefined) ?? [],
        filter: o.filter as string | undefined,
        safe: Boolean(o.safe),
        timeoutSeconds: (o.timeout as number | undefined) ?? DEFAULT_TIMEOUT_SECONDS,
        platform: o.platform as string | undefined,
      };
      return buildNode(invocation, spec);
    },
  };
}

function checkDirective(contextOf: ContextOf): DirectiveSpec {
  return {
    requiredArguments: 1,
    hasContent: true,
    optionSpec: { ...COMMON_OPTIONS, title: required('title') },
    run(invocation) {
      const context = contextOf(invocation.document);
      const o = invocation.options;
      const target = invocation.arguments[0].trim().toLowerCase();
      const spec: DiagnosticSpec = {
        kind: 'check',
        docname: context.docname,
        source: context.docPath,
        line: invocation.lineno,
        title: (o.title as string | undefined) ?? target,
        target,
        // Filled in once the whole document is parsed (collect.ts): the named block may come later.
        fixtures: [],
        healthy: resolveFixtures(context, (o.healthy as string[] | undefined) ?? []),
        match: (o.match as string[] | undefined) ?? [],
        filter: o.filter as string | undefined,
        safe: false,
        timeoutSeconds: (o.timeout as number | undefined) ?? DEFAULT_TIMEOUT_SECONDS,
        platform: o.platform as string | undefined,
      };
      return buildNode(invocation, spec);
    },
  };
}

/** Registers `diagnostic` and `check`; the context is a project (many documents) or one document. */
export function registerRunbook(registries: Registries, source: ContextSource): void {
  const contextOf = contextResolver(source);
  registries.directives.set('diagnostic', diagnosticDirective(contextOf));
  registries.directives.set('check', checkDirective(contextOf));
}
