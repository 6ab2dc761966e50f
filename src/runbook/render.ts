// The diagnostic card on the page: title, explanation, the command with a copy
// button, the matchers in plain words, the recorded outputs with the matched
// lines highlighted (collapsed when long), and a badge saying whether the
// matchers were proven against those outputs at build time.
//
// A diagnostic that does not validate still renders, with a red badge naming
// the failure: the site build does not fail on it (`rstro test` does), so a
// reader sees the page and the warning together.
import { el, text } from '../doctree/builders.js';
import type { Element } from '../doctree/types.js';
import { register, renderBlock, renderInline, renderNode } from '../render/dispatch.js';
import { baseProps, hel, htext, type ElementContent } from '../render/hast.js';
import { describeMatcher } from './matchers.js';
import type { DiagnosticSpec } from './model.js';
import { parseMatchers, type ValidationResult } from './validate.js';

/** What the build attaches to a diagnostic node before rendering. */
export interface DiagnosticRenderData {
  diagnostic: DiagnosticSpec;
  validation?: ValidationResult;
  /** Recorded outputs' text by `written` name. */
  outputs?: Record<string, string>;
}

const COLLAPSE_AFTER_LINES = 15;

function badge(data: DiagnosticRenderData): ElementContent {
  const { validation, diagnostic } = data;
  const count = diagnostic.fixtures.length + diagnostic.healthy.length;
  if (!validation) return hel('span', { className: ['diagnostic-badge', 'unvalidated'] }, [htext('not validated')]);
  if (validation.ok) {
    return hel('span', { className: ['diagnostic-badge', 'validated'], title: 'Every matcher was checked against the recorded outputs when this site was built' }, [
      htext(`✓ validated against ${count} recorded output${count === 1 ? '' : 's'}`),
    ]);
  }
  const first = validation.failures[0];
  return hel('span', { className: ['diagnostic-badge', 'failed'], role: 'status' }, [
    htext(`✗ does not validate: ${first.fixture ? first.fixture + ': ' : ''}${first.matcher ? first.matcher + ' ' : ''}${first.message}`),
  ]);
}

function commandBlock(command: string): ElementContent {
  return hel('div', { className: ['diagnostic-command', 'code-frame'], dataLanguage: 'console' }, [
    hel('div', { className: ['code-frame-body'] }, [
      hel('pre', { className: ['highlight'], tabIndex: 0 }, [hel('code', { className: ['language-console'] }, [hel('span', { className: ['prompt'], ariaHidden: 'true' }, [htext('$ ')]), htext(command)])]),
      hel('button', { type: 'button', className: ['copy-button'], ariaLabel: 'Copy command', title: 'Copy', dataCopy: '', dataCopyText: command, dataPagefindIgnore: '' }, [
        hel('span', { className: ['copy-button-label'] }, [htext('Copy')]),
      ]),
    ]),
  ]);
}

function outputBlock(name: string, kind: 'fixture' | 'healthy', output: string, matchedLines: number[], ctx: Parameters<typeof renderNode>[1]): ElementContent {
  const block = el('literal_block', { language: 'text', classes: ['recorded-output'] }, [text(output.replace(/\n$/, ''))]);
  block.data = { highlightArgs: { hl_lines: matchedLines.map((i) => i + 1) } };
  const caption = el('caption', {}, [text(name)]);
  const wrapper = el('container', { classes: ['literal-block-wrapper'], literal_block: true }, [caption, block]);
  const lineCount = output.split('\n').length;
  const label = kind === 'fixture' ? 'Recorded during the incident' : 'Recorded on a healthy host';
  const summary = hel('summary', {}, [htext(`${label}: ${name} (${lineCount} line${lineCount === 1 ? '' : 's'})`)]);
  const open = kind === 'fixture' && lineCount <= COLLAPSE_AFTER_LINES;
  return hel('details', { className: ['diagnostic-output', kind], open }, [summary, ...renderNode(wrapper, ctx)]);
}

register('diagnostic', (node: Element, ctx) => {
  const data = node.data as unknown as DiagnosticRenderData | undefined;
  if (!data?.diagnostic) return renderBlock(node, ctx);
  const spec = data.diagnostic;
  const { props, anchors } = baseProps(node, ['diagnostic-card']);
  const titleNode = node.children.find((c) => c.type === 'title') as Element | undefined;
  const body = node.children.filter((c) => c !== titleNode);
  const heading = hel('p', { className: ['diagnostic-title'] }, [
    hel('span', { className: ['diagnostic-kind'] }, [htext(spec.kind === 'check' ? 'Check' : 'Diagnostic')]),
    htext(' '),
    ...(titleNode ? renderInline(titleNode, ctx) : [htext(spec.title)]),
  ]);
  const { matchers } = parseMatchers(spec);
  const parts: ElementContent[] = [...anchors, hel('div', { className: ['diagnostic-header'] }, [heading, badge(data)]), ...renderBlock(node, ctx, body)];
  if (spec.command) parts.push(commandBlock(spec.command));
  if (spec.filter) parts.push(hel('p', { className: ['diagnostic-filter'] }, [htext('Output filtered through '), hel('code', {}, [htext(spec.filter)])]));
  if (matchers.length) {
    parts.push(
      hel('div', { className: ['diagnostic-matchers'] }, [
        hel('p', {}, [htext(matchers.length > 1 ? 'The problem is present when all of these hold:' : 'The problem is present when:')]),
        hel('ul', {}, matchers.map((m) => hel('li', {}, [htext(describeMatcher(m))]))),
      ]),
    );
  }
  const results = new Map((data.validation?.results ?? []).map((r) => [`${r.kind}:${r.fixture}`, r]));
  const outputs = data.outputs ?? {};
  // A `check` proves the block it names, which the reader sees right there: show only its healthy outputs.
  const shownFixtures = spec.kind === 'check' ? [] : spec.fixtures;
  for (const [kind, refs] of [['fixture', shownFixtures], ['healthy', spec.healthy]] as const) {
    for (const ref of refs) {
      const output = outputs[ref.written];
      if (output === undefined) continue;
      const matched = kind === 'fixture' ? results.get(`${kind}:${ref.written}`)?.matchedLines ?? [] : [];
      parts.push(outputBlock(ref.written, kind, output, matched, ctx));
    }
  }
  const meta: string[] = [];
  if (spec.safe) meta.push('read-only: `rstro diagnose --run` may run it');
  if (spec.platform) meta.push(`platform: ${spec.platform}`);
  if (meta.length) parts.push(hel('p', { className: ['diagnostic-meta'] }, [htext(meta.join(' · '))]));
  return hel('section', { ...props, ariaLabel: `Diagnostic: ${spec.title}` }, parts);
});
