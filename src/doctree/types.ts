// The doctree: one tree shape for every source format, modelled on docutils'
// document tree. `type` is the docutils node class name; `attributes` holds
// docutils' attributes under docutils' names (ids, names, classes, refuri, ...).
// Nodes are unist-compatible: `position` carries 1-based source lines/columns.

export interface Point {
  line: number;
  column: number;
  offset?: number;
}

export interface Position {
  start: Point;
  end: Point;
  /** Source file the node came from when it differs from the document's (includes). */
  source?: string;
}

export type AttributeValue = string | number | boolean | string[] | null | undefined;

export type Attributes = Record<string, AttributeValue>;

export interface Text {
  type: 'text';
  value: string;
  position?: Position;
  data?: Record<string, unknown>;
}

/** Extra state that docutils prints after a `pending` node's tag. */
export interface PendingInternals {
  /** Fully qualified transform class name, e.g. `docutils.transforms.parts.Contents`. */
  transform: string;
  /**
   * Sorted by key when printed. A string value is printed verbatim (already in
   * Python repr form, e.g. `'class'` or `['a', 'b']`); node values print as
   * nested pseudo-XML.
   */
  details: Record<string, string | DoctreeNode | DoctreeNode[]>;
}

export interface Element {
  type: string;
  attributes: Attributes;
  children: DoctreeNode[];
  position?: Position;
  /** Only on `pending` nodes. */
  internals?: PendingInternals;
  /** Free-form data for later stages (never printed by pformat). */
  data?: Record<string, unknown>;
}

export type DoctreeNode = Element | Text;

export function isText(node: DoctreeNode): node is Text {
  return node.type === 'text';
}

export function isElement(node: DoctreeNode): node is Element {
  return node.type !== 'text';
}

/** Attributes docutils keeps as lists on every element. */
export const LIST_ATTRIBUTES = ['ids', 'classes', 'names', 'dupnames', 'backrefs'] as const;

/** Message levels of docutils' reporter. */
export const LEVELS = { DEBUG: 0, INFO: 1, WARNING: 2, ERROR: 3, SEVERE: 4 } as const;
export type LevelName = keyof typeof LEVELS;
export const LEVEL_NAMES: LevelName[] = ['DEBUG', 'INFO', 'WARNING', 'ERROR', 'SEVERE'];
