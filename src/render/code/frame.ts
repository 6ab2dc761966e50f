// Code blocks (literal_block from ::, code-block, literalinclude; doctest_block):
// a frame with an optional title (the caption), a line-number gutter kept
// apart from the code so selecting and copying never includes numbers,
// emphasised lines, and a copy button the site's script wires up.
//
// Copy button contract for the client script: `button.copy-button` inside
// `.code-frame`; copy `button.dataset.copyText` when present (a session's
// commands without prompts), otherwise the textContent of the frame's
// `pre.highlight > code` (the gutter is a separate element and is not in it).
import { textContent } from '../../doctree/builders.js';
import type { Element } from '../../doctree/types.js';
import type { RenderContext } from '../context.js';
import { register, renderBlock, renderInline } from '../dispatch.js';
import { baseProps, boolAttr, hel, htext, numberAttr, stringAttr, stringList, type ElementContent, type Properties } from '../hast.js';

interface FrameOptions {
  /** Caption content (already rendered) shown as the frame's title. */
  caption?: ElementContent[];
  /** The wrapper container, whose ids/classes belong on the frame. */
  wrapper?: Element;
}

register('literal_block', (node, ctx) => codeFrame(node, ctx, {}));
register('doctest_block', (node, ctx) => codeFrame(node, ctx, {}, 'pycon'));

register('container', (node, ctx) => {
  const isCodeWrapper = boolAttr(node, 'literal_block') || stringList(node, 'classes').includes('literal-block-wrapper');
  const block = node.children.find((child): child is Element => child.type === 'literal_block');
  if (!isCodeWrapper || !block) {
    const { props, anchors } = baseProps(node, ['container']);
    return hel('div', props, [...anchors, ...renderBlock(node, ctx)]);
  }
  const caption = node.children.find((child): child is Element => child.type === 'caption');
  ctx.ancestors.push(node);
  try {
    return codeFrame(block, ctx, { caption: caption ? renderInline(caption, ctx) : undefined, wrapper: node });
  } finally {
    ctx.ancestors.pop();
  }
});

/** docutils' own `code` directive records the language in classes: ['code', 'python']. */
function languageOf(node: Element): string | undefined {
  const language = stringAttr(node, 'language');
  if (language !== undefined) return language;
  const classes = stringList(node, 'classes');
  if (classes[0] === 'code' && classes[1]) return classes[1];
  return undefined;
}

/** parsed-literal keeps inline markup (links, emphasis); highlighting it would lose that. */
function hasMarkup(node: Element): boolean {
  return node.children.some((child) => child.type !== 'text' && child.type !== 'inline');
}

function codeFrame(node: Element, ctx: RenderContext, frame: FrameOptions, forcedLanguage?: string): ElementContent {
  const language = forcedLanguage ?? languageOf(node);
  const frameClasses = ['code-frame', ...(frame.caption ? ['has-title'] : [])];
  const wrapperProps = frame.wrapper ? baseProps(frame.wrapper, frameClasses) : null;
  const blockProps = baseProps(node);
  const props: Properties = { ...(wrapperProps?.props ?? { className: frameClasses }) };
  const anchors = [...(wrapperProps?.anchors ?? [])];
  // The block's own ids (a :name: without caption) also belong on the frame.
  if (blockProps.props.id !== undefined) {
    if (props.id === undefined) props.id = blockProps.props.id;
    else anchors.push(hel('span', { id: blockProps.props.id }));
  }
  anchors.push(...blockProps.anchors);
  const userClasses = stringList(node, 'classes').filter((name) => name !== 'code' && name !== language);
  props.className = [...(props.className as string[]), ...userClasses];
  if (language) props.dataLanguage = language.toLowerCase();

  const numbered = docutilsLineNumbers(node);
  const code = stripFinalNewline(numbered ? numbered.code : textContent(node));
  const body: ElementContent[] = [];
  let copyText: string | null = null;

  if (hasMarkup(node)) {
    body.push(hel('pre', { className: ['highlight', 'parsed-literal'], tabIndex: 0 }, [hel('code', {}, renderInline(node, ctx))]));
  } else {
    const { block, unknownLanguage } = ctx.services.highlighter.highlight(code, language);
    if (unknownLanguage) ctx.warn(node, `unknown code language "${language}": shown as plain text`);
    copyText = block.copyText;
    const highlightArgs = (node.data?.highlightArgs ?? {}) as { hl_lines?: unknown; linenostart?: unknown };
    const emphasized = new Set(Array.isArray(highlightArgs.hl_lines) ? highlightArgs.hl_lines.filter((n): n is number => typeof n === 'number') : []);
    // Sphinx always records linenostart for literalinclude; only `linenos` asks for numbers.
    const linenos = boolAttr(node, 'linenos') || numbered !== null;
    const start = typeof highlightArgs.linenostart === 'number' ? highlightArgs.linenostart : numbered?.start ?? numberAttr(node, 'linenostart') ?? 1;
    if (linenos) body.push(gutter(block.lines.length, start, emphasized));
    const codeChildren: ElementContent[] = [];
    // The cached lines are shared between pages; callers of renderHast may transform the tree, so hand out a copy.
    structuredClone(block.lines).forEach((line, index) => {
      if (index > 0) codeChildren.push(htext('\n'));
      const classes = emphasized.has(index + 1) ? ['line', 'hll'] : ['line'];
      codeChildren.push(hel('span', { className: classes }, line));
    });
    const codeProps: Properties = language ? { className: [`language-${language.toLowerCase()}`] } : {};
    // tabindex: a block that scrolls sideways must be reachable by keyboard.
    body.push(hel('pre', { className: ['highlight'], tabIndex: 0 }, [hel('code', codeProps, codeChildren)]));
  }

  const button: Properties = {
    type: 'button',
    className: ['copy-button'],
    ariaLabel: ctx.label('copy'),
    title: ctx.label('copy'),
    dataCopy: '',
    dataPagefindIgnore: '',
  };
  if (copyText !== null) button.dataCopyText = copyText;
  const children: ElementContent[] = [...anchors];
  if (frame.caption) children.push(hel('div', { className: ['code-frame-title'] }, frame.caption));
  children.push(hel('div', { className: ['code-frame-body'] }, [...body, hel('button', button, [hel('span', { className: ['copy-button-label'] }, [htext(ctx.label('copy'))])])]));
  return hel('div', props, children);
}

function gutter(lineCount: number, start: number, emphasized: Set<number>): ElementContent {
  const numbers: ElementContent[] = [];
  for (let index = 0; index < lineCount; index++) {
    if (index > 0) numbers.push(htext('\n'));
    const classes = emphasized.has(index + 1) ? ['lineno', 'hll'] : ['lineno'];
    numbers.push(hel('span', { className: classes }, [htext(String(start + index))]));
  }
  return hel('pre', { className: ['code-gutter'], ariaHidden: 'true' }, numbers);
}

/**
 * docutils' `code` directive with :number-lines: writes the numbers into the
 * text as `inline` nodes of class `ln`. Numbers belong in the gutter, where
 * copying cannot pick them up: take them out and remember where they start.
 */
function docutilsLineNumbers(node: Element): { code: string; start: number } | null {
  const numbers = node.children.filter((child): child is Element => child.type === 'inline' && stringList(child as Element, 'classes').includes('ln'));
  if (numbers.length === 0) return null;
  const start = Number.parseInt(textContent(numbers[0]).trim(), 10);
  const code = node.children.filter((child) => !numbers.includes(child as Element)).map(textContent).join('');
  return { code, start: Number.isFinite(start) ? start : 1 };
}

function stripFinalNewline(code: string): string {
  return code.endsWith('\n') ? code.slice(0, -1) : code;
}
