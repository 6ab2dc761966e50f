// Build-time highlighting with lowlight (highlight.js grammars, hast output),
// split into lines, with shell and Python sessions told apart into prompt,
// command and output.
import type { ElementContent } from 'hast';
import { all, createLowlight } from 'lowlight';
import { HighlightCache, cacheKey } from './cache.js';
import { planFor, planKey, type HighlightPlan } from './languages.js';
import { splitIntoLines } from './lines.js';

export interface HighlightedBlock {
  /** hast content of each line, without the newline. */
  lines: ElementContent[][];
  /** What the copy button copies when it differs from the code's text (a session's commands, without prompts). */
  copyText: string | null;
}

export interface Highlighter {
  highlight(code: string, language: string | undefined): { block: HighlightedBlock; unknownLanguage: boolean };
  readonly cache: HighlightCache;
}

let sharedLowlight: ReturnType<typeof createLowlight> | null = null;

function lowlight(): ReturnType<typeof createLowlight> {
  sharedLowlight ??= createLowlight(all);
  return sharedLowlight;
}

export function createHighlighter(cacheDir?: string): Highlighter {
  const cache = new HighlightCache(cacheDir);
  const isRegistered = (name: string) => lowlight().registered(name);
  return {
    cache,
    highlight(code, language) {
      const planned = planFor(language, isRegistered);
      const unknown = planned.unknown;
      const plan = looksLikeSession(planned.plan, code) ? ({ kind: 'shell-session' } as const) : planned.plan;
      const key = cacheKey(planKey(plan), code);
      let block = cache.get(key);
      if (!block) {
        block = highlightWith(plan, code);
        cache.set(key, block);
      }
      return { block, unknownLanguage: unknown };
    },
  };
}

/**
 * Authors often mark a terminal session as `bash`. A shell script never starts
 * with "$ ", so a bash block whose first line does is highlighted (and copied)
 * as a session: prompts dropped, output left out of the copy.
 */
function looksLikeSession(plan: HighlightPlan, code: string): boolean {
  if (plan.kind !== 'grammar' || plan.grammar !== 'bash') return false;
  const firstLine = code.split('\n').find((line) => line.trim() !== '') ?? '';
  return /^\$ /.test(firstLine);
}

function highlightWith(plan: HighlightPlan, code: string): HighlightedBlock {
  switch (plan.kind) {
    case 'plain':
      // A recorded transcript with no language ("$ kubectl get pods" then its output) reads as a shell
      // session, so the copy button copies the command, not the prompt and the output.
      if (/^\s*\$ \S/.test(code)) return session(code, SHELL_PROMPT, 'bash', (previous) => /\\$/.test(previous));
      return { lines: plainLines(code), copyText: null };
    case 'grammar':
      return { lines: grammarLines(plan.grammar, code), copyText: null };
    case 'shell-session':
      return session(code, SHELL_PROMPT, 'bash', (previous) => /\\$/.test(previous));
    case 'python-session':
      return session(code, PYTHON_PROMPT, 'python', () => false);
  }
}

function plainLines(code: string): ElementContent[][] {
  return code.split('\n').map((line) => (line === '' ? [] : [{ type: 'text', value: line }]));
}

function grammarLines(grammar: string, code: string): ElementContent[][] {
  try {
    return splitIntoLines(lowlight().highlight(grammar, code).children as ElementContent[]);
  } catch {
    // A grammar that chokes on odd input must not cost the reader the code.
    return plainLines(code);
  }
}

/**
 * `$ cmd`, `# cmd` (root), `% cmd`, `> cmd` (continuation), `user@host:~$ cmd`,
 * `[user@host dir]# cmd`, optionally after a `(venv) ` marker. The prompt must
 * be followed by a space or the end of the line, so `%Cpu(s):` or `#!/bin/sh` are output.
 */
const SHELL_PROMPT = /^(?:\([^()\s]+\)\s+)?(?:\[[^\]\n]*\]|[\w.-]+@[\w.-]+(?::[^\s#$%>]*)?)?[#$%>](?: |$)/;
const PYTHON_PROMPT = /^(?:>>>|\.\.\.)(?: |$)/;

function session(code: string, prompt: RegExp, grammar: string, continues: (previousCommand: string) => boolean): HighlightedBlock {
  const lines: ElementContent[][] = [];
  const commands: string[] = [];
  let previousCommand: string | null = null;
  for (const line of code.split('\n')) {
    const match = prompt.exec(line);
    if (match) {
      const command = line.slice(match[0].length);
      commands.push(command);
      lines.push([span('gp', match[0]), ...lineOf(grammar, command)]);
      previousCommand = command;
    } else if (previousCommand !== null && continues(previousCommand)) {
      commands.push(line);
      lines.push(lineOf(grammar, line));
      previousCommand = line;
    } else {
      lines.push(line === '' ? [] : [span('go', line)]);
      previousCommand = null;
    }
  }
  // With no prompt at all the block is just output: copy it whole.
  return { lines, copyText: commands.length > 0 ? commands.join('\n') : null };
}

function lineOf(grammar: string, text: string): ElementContent[] {
  if (text === '') return [];
  return grammarLines(grammar, text)[0] ?? [];
}

function span(className: string, value: string): ElementContent {
  return { type: 'element', tagName: 'span', properties: { className: [className] }, children: [{ type: 'text', value }] };
}
