// Build-time extraction of error signatures from a page's doctree: the lines
// of recorded output that carry errors, the lines the author emphasised
// (`:emphasize-lines:`), and the page and section titles.
import type { DoctreeNode, Element } from '../doctree/types.js';
import { textContent } from '../doctree/builders.js';

export interface ExtractedSignature {
  line: string;
  weight: number;
}

const ERROR_WORDS =
  /\b(error|errors|err|fail|failed|failure|failing|fatal|panic|cannot|can't|couldn't|unable|denied|refused|reset|timeout|timed out|unreachable|not found|no such|no space|exceeded|invalid|unhealthy|killed|oom|out of memory|evicted|backoff|back-off|crashloop\w*|segfault|deadline|unknown|forbidden|unauthorized|expired|corrupt\w*|warning|warn|abort\w*|exception|traceback|readonly|read-only|stuck|throttl\w*|leak\w*|pressure|notready|pending|containercreating|imagepullbackoff|errimagepull|terminating)\b|错误|失败|无法|异常|超时|拒绝|不足|泄漏|卡住|崩溃|报错/i;

/** Code in a programming language is not output: its lines are not error signatures. */
const PROGRAM_LANGUAGES = new Set(['python', 'py', 'python3', 'yaml', 'yml', 'json', 'javascript', 'js', 'typescript', 'ts', 'go', 'rust', 'c', 'cpp', 'java', 'ini', 'toml', 'xml', 'html', 'css', 'dockerfile', 'docker', 'nginx', 'sql', 'makefile', 'rst', 'markdown', 'md']);

const MAX_PER_PAGE = 300;
const WEIGHT = { emphasized: 1.3, error: 1.0, output: 0.5, title: 0.8, section: 0.6 } as const;

function isPromptLine(line: string): boolean {
  return /^\s*(?:[$#>]|\w+@[\w.-]+[:~][^\s]*[$#])\s/.test(line);
}

export function extractSignatures(doctree: Element, title: string): ExtractedSignature[] {
  const out: ExtractedSignature[] = [];
  const seen = new Set<string>();
  const add = (line: string, weight: number) => {
    const trimmed = line.trim();
    if (trimmed.length < 4 || trimmed.length > 600) return;
    const key = trimmed.toLowerCase();
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ line: trimmed, weight });
  };
  if (title) add(title, WEIGHT.title);
  walk(doctree, (node) => {
    if (node.type === 'title') {
      add(textContent(node), WEIGHT.section);
      return;
    }
    if (node.type === 'literal_block' || node.type === 'doctest_block') {
      const language = String(node.attributes.language ?? '').toLowerCase();
      if (PROGRAM_LANGUAGES.has(language)) return;
      const emphasized = new Set<number>(((node.data?.highlightArgs as { hl_lines?: number[] } | undefined)?.hl_lines) ?? []);
      const lines = textContent(node).split('\n');
      lines.forEach((line, index) => {
        if (emphasized.has(index + 1)) add(line, WEIGHT.emphasized);
        else if (ERROR_WORDS.test(line)) add(line, WEIGHT.error);
        else if (!isPromptLine(line) && /[a-z]{3}/i.test(line)) add(line, WEIGHT.output);
      });
      return;
    }
    const fixtures = node.data?.signatureLines as Array<{ line: string; matched: boolean }> | undefined;
    if (fixtures) for (const { line, matched } of fixtures) add(line, matched ? WEIGHT.emphasized : ERROR_WORDS.test(line) ? WEIGHT.error : WEIGHT.output);
  });
  // Emphasised and error lines first, so the per-page cap drops plain output first.
  return out.sort((a, b) => b.weight - a.weight).slice(0, MAX_PER_PAGE);
}

function walk(node: DoctreeNode, visit: (element: Element) => void): void {
  if (node.type === 'text') return;
  const element = node as Element;
  visit(element);
  if (element.type === 'literal_block' || element.type === 'doctest_block') return;
  for (const child of element.children) walk(child, visit);
}
