// image and figure.
//
//     .. image:: picture.png
//        :alt: Alternate text
//        :width: 200px
//        :target: bigpicture.png
//
//     .. figure:: picture.png
//        :figwidth: 300
//        :figclass: wide
//
//        The caption: a single paragraph (or an empty comment for none).
//
//        Everything after the caption is the legend.
//
// In a substitution definition an image aligns with the text line (top,
// middle, bottom) and its alt text defaults to the substitution name;
// elsewhere it floats (left, center, right).
import { el, listAttr, text } from '../../doctree/builders.js';
import type { DoctreeNode, Element } from '../../doctree/types.js';
import type { DirectiveInvocation, DirectiveSpec } from '../api.js';
import { addName, at, here, parseLinkTarget, preserved } from './common.js';
import {
  choice,
  classOption,
  joinUri,
  lengthOrPercentageOrUnitless,
  lengthOrUnitless,
  percentage,
  unchanged,
  unchangedRequired,
} from './options.js';

const INLINE_ALIGN = ['top', 'middle', 'bottom'];
const BLOCK_ALIGN = ['left', 'center', 'right'];

const IMAGE_OPTIONS = {
  alt: unchanged,
  height: lengthOrUnitless,
  width: lengthOrPercentageOrUnitless(),
  scale: percentage,
  target: unchangedRequired,
  loading: choice(['embed', 'link', 'lazy']),
  class: classOption,
  name: unchanged,
};

/** The image node, wrapped in a reference when it has a :target:. */
function imageNodes(inv: DirectiveInvocation, options: Record<string, unknown>): Element {
  const image = el('image', { uri: joinUri(inv.arguments[0]!) }, [], here(inv));
  for (const key of ['alt', 'height', 'width', 'scale', 'align', 'loading']) {
    if (key in options) image.attributes[key] = options[key] as string | number;
  }
  if (!('alt' in options) && inv.state.substitutionName !== undefined) image.attributes.alt = inv.state.substitutionName;
  if (Array.isArray(options.class)) listAttr(image, 'classes').push(...(options.class as string[]));
  if (typeof options.name === 'string') addName(image, inv);
  if (typeof options.target !== 'string') return image;
  const target = parseLinkTarget(options.target);
  const reference = el('reference', { ...target }, [image], here(inv));
  if ('refname' in target) inv.document.noteRefname(reference);
  return reference;
}

export const image: DirectiveSpec = {
  requiredArguments: 1,
  finalArgumentWhitespace: true,
  optionSpec: { ...IMAGE_OPTIONS, align: choice([...INLINE_ALIGN, ...BLOCK_ALIGN]) },
  run(inv) {
    const align = inv.options.align as string | undefined;
    if (align !== undefined) {
      const inline = inv.state.substitutionName !== undefined;
      const allowed = inline ? INLINE_ALIGN : BLOCK_ALIGN;
      if (!allowed.includes(align)) {
        const where = inline ? ' within a substitution definition' : '';
        throw inv.error(
          `Error in "${inv.name}" directive: "${align}" is not a valid value for the "align" option${where}.  ` +
            `Valid values for "align" are: ${allowed.map((value) => `"${value}"`).join(', ')}.`,
        );
      }
    }
    return [imageNodes(inv, inv.options)];
  },
};

/** `:figwidth:` — a length, or "image" for the image file's own width. */
const figwidthLength = lengthOrPercentageOrUnitless('px');
function figwidth(value: string | null): unknown {
  return value?.trim().toLowerCase() === 'image' ? 'image' : figwidthLength(value);
}

/** Elements that may stand before a figure's caption (a class directive, a target for the caption). */
const BEFORE_CAPTION = new Set(['pending', 'target']);

export const figure: DirectiveSpec = {
  requiredArguments: 1,
  finalArgumentWhitespace: true,
  optionSpec: {
    ...IMAGE_OPTIONS,
    figwidth: figwidth,
    figclass: classOption,
    figname: unchanged,
    align: choice(BLOCK_ALIGN),
  },
  hasContent: true,
  run(inv) {
    const { figwidth, figclass, figname, align, ...imageOptions } = inv.options;
    const figure = el('figure', {}, [imageNodes(inv, imageOptions)], here(inv));
    // "image" would mean the image file's own width, which needs the file measured; leave it to the renderer.
    if (typeof figwidth === 'string' && figwidth !== 'image') figure.attributes.width = figwidth;
    if (Array.isArray(figclass)) listAttr(figure, 'classes').push(...(figclass as string[]));
    if (typeof align === 'string') figure.attributes.align = align;
    if (typeof figname === 'string') addName(figure, inv, 'figname');
    if (!inv.content.some((line) => line.trim() !== '')) {
      const hint = el('paragraph', {}, [text('Try the "image" directive (or cheat with an empty comment).')]);
      return [figure, inv.reporter.warning('Figure without caption and legend.', at(inv, { children: [hint] }))];
    }
    const holder = el('figure_content');
    inv.state.nestedParse(inv.content, inv.contentOffset, holder);
    const parts = holder.children;
    let index = 0;
    while (index < parts.length && BEFORE_CAPTION.has(parts[index]!.type)) index++;
    const first = parts[index] as Element | undefined;
    if (first?.type === 'paragraph') {
      figure.children.push(...parts.slice(0, index), el('caption', first.attributes, first.children, first.position));
    } else if (first?.type === 'comment' && first.children.length === 0) {
      figure.children.push(...parts.slice(0, index));
    } else if (first) {
      const literal = preserved('literal_block', {}, [text(inv.blockText)]);
      return [figure, inv.reporter.error('Figure caption must be a paragraph or empty comment.', at(inv, { children: [literal] }))];
    }
    const legend: DoctreeNode[] = parts.slice(index + 1);
    if (legend.length) figure.children.push(el('legend', {}, legend, legend[0]!.position));
    return [figure];
  },
};
