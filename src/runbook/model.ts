// A diagnostic as the directive records it in the doctree (`node.data.diagnostic`).
// Plain JSON, so parsed doctrees can be cached and sent between threads;
// matchers are kept as their source lines and parsed where they are used.

export interface FixtureRef {
  /** As written in the option. */
  written: string;
  /** Absolute path it resolved to, or null when no candidate exists. */
  path: string | null;
  /** Where it was looked for (for "missing fixture" messages). */
  candidates: string[];
  /** Inline recorded output (a `check` on a code-block has no file). */
  content?: string;
}

export interface DiagnosticSpec {
  /** 'diagnostic', or 'check' when matchers are attached to a named literalinclude/code-block. */
  kind: 'diagnostic' | 'check';
  docname: string;
  /** Source file and 1-based line of the directive. */
  source: string;
  line: number;
  title: string;
  command?: string;
  /** For `check`: the `:name:` of the block whose recorded output is the fixture. */
  target?: string;
  fixtures: FixtureRef[];
  healthy: FixtureRef[];
  /** One matcher per entry, as written. */
  match: string[];
  filter?: string;
  safe: boolean;
  timeoutSeconds: number;
  platform?: string;
}

export const DEFAULT_TIMEOUT_SECONDS = 10;
