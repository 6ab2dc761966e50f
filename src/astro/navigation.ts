// Site navigation from the toctrees, computed once per build: the sidebar
// tree (root toctrees' captions as groups, hidden toctrees left out), each
// page's trail to the root (breadcrumbs, sidebar expansion), and prev/next in
// toctree order.
import type { Environment, TocEntry as EnvTocEntry } from '../sphinx/environment.js';
import type { TocEntry } from '../render/options.js';
import { docUrl, type NavGroup, type NavItem, type PageLink } from './site-types.js';

const MAX_DEPTH = 8;

function isUrl(ref: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(ref) || ref.startsWith('//');
}

export class Navigation {
  readonly groups: NavGroup[];
  private readonly order: string[];
  private readonly orderIndex = new Map<string, number>();

  constructor(private readonly env: Environment) {
    this.groups = this.buildGroups();
    // prev/next walk the documents reachable through toctrees, in reading order.
    const reachable = new Set<string>([env.rootDoc]);
    for (const [child, parents] of Object.entries(env.tocParents)) if (parents.length) reachable.add(child);
    this.order = env.order.filter((d) => reachable.has(d));
    this.order.forEach((d, i) => this.orderIndex.set(d, i));
  }

  titleOf(docname: string): string {
    return this.env.docs[docname]?.title ?? docname;
  }

  private item(entry: EnvTocEntry, from: string, seen: Set<string>, depth: number): NavItem | null {
    if (isUrl(entry.ref)) return { title: entry.title ?? entry.ref, url: entry.ref, external: true, children: [] };
    const docname = entry.ref === 'self' ? from : entry.ref;
    if (!this.env.docs[docname]) return null;
    const children = entry.ref === 'self' || seen.has(docname) || depth >= MAX_DEPTH ? [] : this.childrenOf(docname, new Set([...seen, docname]), depth + 1);
    return { title: entry.title ?? this.titleOf(docname), url: docUrl(docname), docname, children };
  }

  private childrenOf(docname: string, seen: Set<string>, depth: number): NavItem[] {
    const items: NavItem[] = [];
    for (const toctree of this.env.docs[docname]?.toctrees ?? []) {
      if (toctree.hidden) continue;
      for (const entry of toctree.entries) {
        const item = this.item(entry, docname, seen, depth);
        if (item) items.push(item);
      }
    }
    return items;
  }

  private buildGroups(): NavGroup[] {
    const root = this.env.docs[this.env.rootDoc];
    if (!root) return [];
    const groups: NavGroup[] = [];
    for (const toctree of root.toctrees) {
      if (toctree.hidden) continue;
      const items = toctree.entries.map((e) => this.item(e, this.env.rootDoc, new Set([this.env.rootDoc]), 1)).filter((i): i is NavItem => i !== null);
      const last = groups[groups.length - 1];
      // Consecutive uncaptioned toctrees read as one list.
      if (!toctree.caption && last && !last.caption) last.items.push(...items);
      else groups.push({ caption: toctree.caption ?? '', items });
    }
    return groups;
  }

  /** Docnames from the root down to (not including) `docname`, following first parents. */
  trail(docname: string): string[] {
    const trail: string[] = [];
    const seen = new Set<string>([docname]);
    let current = docname;
    for (;;) {
      const parent = this.env.tocParents[current]?.[0];
      if (!parent || seen.has(parent)) break;
      trail.unshift(parent);
      seen.add(parent);
      current = parent;
    }
    return trail;
  }

  breadcrumbs(docname: string): PageLink[] {
    return this.trail(docname).map((d) => ({ title: this.titleOf(d), url: docUrl(d) }));
  }

  neighbours(docname: string): { prev?: PageLink; next?: PageLink } {
    const index = this.orderIndex.get(docname);
    if (index === undefined) return {};
    const link = (d: string | undefined) => (d ? { title: this.titleOf(d), url: docUrl(d) } : undefined);
    return { prev: link(this.order[index - 1]), next: link(this.order[index + 1]) };
  }

  /** What a toctree directive in a page draws: its entries, with their own toctrees and sections down to maxdepth. */
  toctreeEntries(entries: EnvTocEntry[], from: string, maxdepth: number, titlesOnly: boolean): TocEntry[] {
    const limit = maxdepth > 0 ? maxdepth : 3;
    const expand = (entry: EnvTocEntry, depth: number, seen: Set<string>): TocEntry | null => {
      if (isUrl(entry.ref)) return { title: entry.title ?? entry.ref, url: entry.ref };
      const docname = entry.ref === 'self' ? from : entry.ref;
      const record = this.env.docs[docname];
      if (!record) return null;
      const children: TocEntry[] = [];
      if (depth < limit && !seen.has(docname) && entry.ref !== 'self') {
        const nextSeen = new Set([...seen, docname]);
        if (!titlesOnly) {
          for (const section of record.sections) {
            if (section.level === 2 && section.anchor) children.push({ title: section.title, docname, anchor: section.anchor });
          }
        }
        for (const toctree of record.toctrees) {
          if (toctree.hidden) continue;
          for (const child of toctree.entries) {
            const c = expand(child, depth + 1, nextSeen);
            if (c) children.push(c);
          }
        }
      }
      return { title: entry.title ?? record.title, docname, children };
    };
    return entries.map((e) => expand(e, 1, new Set([from]))).filter((e): e is TocEntry => e !== null);
  }
}
