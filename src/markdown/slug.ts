// Heading anchors as GitHub (and so myst_heading_anchors) spells them:
//
//     ## A heading with *slug*!   ->  a-heading-with-slug
//     ## A heading with slug      ->  a-heading-with-slug-1   (second one)
//
// Lowercase, punctuation removed (letters, digits, marks, '-', '_' and spaces
// kept, in any script), each space becomes '-', and a repeated slug gets
// `-1`, `-2`... so that `[text](#slug)` and `[text](page.md#slug)` keep
// working when a page is read on GitHub and on the site alike.

const NOT_SLUG = /[^\p{L}\p{M}\p{N}\p{Pc}\- ]/gu;

export function githubSlug(text: string): string {
  return text.toLowerCase().trim().replace(NOT_SLUG, '').replace(/ /g, '-');
}

/** One per document: remembers the slugs given so far so that duplicates get numbered. */
export class Slugger {
  private readonly seen = new Map<string, number>();

  slug(text: string): string {
    const base = githubSlug(text);
    let slug = base;
    let n = this.seen.get(base) ?? 0;
    while (this.seen.has(slug)) slug = `${base}-${++n}`;
    this.seen.set(base, n);
    this.seen.set(slug, this.seen.get(slug) ?? 0);
    return slug;
  }
}
