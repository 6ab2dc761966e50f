// Contracts between the parts of the reStructuredText parser, and between the
// parser and the layers above it (the Sphinx layer registers its directives and
// roles through these types; the parser never imports the Sphinx layer).
import type { DoctreeNode, Element } from '../doctree/types.js';

/** Parser settings; names follow docutils' settings (camelCased). */
export interface RstSettings {
  /** Printed as the document's `source` attribute and in messages' `source`. */
  sourcePath: string;
  /** Folder that relative paths (include, raw/csv-table :file:) resolve against. Defaults to the source's folder. */
  cwd?: string;
  tabWidth: number;
  reportLevel: number;
  haltLevel: number;
  legacyIds: boolean;
  idPrefix: string;
  autoIdPrefix: string;
  languageCode: string;
  characterLevelInlineMarkup: boolean;
  lineLengthLimit: number;
  rootPrefix: string;
  syntaxHighlight: 'long' | 'short' | 'none';
  fileInsertionEnabled: boolean;
  rawEnabled: boolean;
  pepBaseUrl: string;
  rfcBaseUrl: string;
  /** Reads a file for include/literalinclude/raw/csv-table; the Sphinx layer overrides it to confine reads and record dependencies. Throws on failure. */
  readFile?: (absolutePath: string, encoding?: string) => string;
}

export const DEFAULT_SETTINGS: RstSettings = {
  sourcePath: '<string>',
  tabWidth: 8,
  reportLevel: 2,
  haltLevel: 4,
  legacyIds: true,
  idPrefix: '',
  autoIdPrefix: '%',
  languageCode: 'en',
  characterLevelInlineMarkup: false,
  lineLengthLimit: 10000,
  rootPrefix: '/',
  syntaxHighlight: 'long',
  fileInsertionEnabled: true,
  rawEnabled: true,
  pepBaseUrl: 'https://peps.python.org/',
  rfcBaseUrl: 'https://tools.ietf.org/html/',
};

/** Creates system_message elements (docutils' Reporter). Levels: 0 DEBUG, 1 INFO, 2 WARNING, 3 ERROR, 4 SEVERE. */
export interface Reporter {
  systemMessage(level: number, message: string, options?: MessageOptions): Element;
  debug(message: string, options?: MessageOptions): Element;
  info(message: string, options?: MessageOptions): Element;
  warning(message: string, options?: MessageOptions): Element;
  error(message: string, options?: MessageOptions): Element;
  severe(message: string, options?: MessageOptions): Element;
  /** Every message created so far, in order (for `rstro check`). */
  readonly messages: Element[];
}

export interface MessageOptions {
  line?: number;
  /** Source file when it is not the document (included files). */
  source?: string;
  /** Extra children after the message paragraph, e.g. a literal_block of the offending text. */
  children?: DoctreeNode[];
  backrefs?: string[];
  ids?: string[];
}

/**
 * docutils' `document` bookkeeping, shared by block and inline parsing: ids,
 * names and targets, references to be resolved by later transforms,
 * footnotes, citations and substitutions.
 */
export interface DocumentModel {
  readonly root: Element;
  readonly settings: RstSettings;
  readonly reporter: Reporter;
  /** Give `node` an id (from its names, else an auto id like `footnote-1`/`id1`) and register it. */
  setId(node: Element, msgNode?: Element, suggestedPrefix?: string): string;
  noteImplicitTarget(target: Element, msgNode?: Element): void;
  noteExplicitTarget(target: Element, msgNode?: Element): void;
  noteRefname(node: Element): void;
  noteRefid(node: Element): void;
  noteIndirectTarget(target: Element): void;
  noteExternalTarget(target: Element): void;
  noteAnonymousTarget(target: Element): void;
  noteAnonymousRef(ref: Element): void;
  noteAutofootnote(footnote: Element): void;
  noteAutofootnoteRef(ref: Element): void;
  noteSymbolFootnote(footnote: Element): void;
  noteSymbolFootnoteRef(ref: Element): void;
  noteFootnote(footnote: Element): void;
  noteFootnoteRef(ref: Element): void;
  noteCitation(citation: Element): void;
  noteCitationRef(ref: Element): void;
  noteSubstitutionDef(def: Element, name: string, msgNode?: Element): void;
  noteSubstitutionRef(ref: Element, refname: string): void;
  /** name -> id for every registered target name (docutils' nameids). */
  readonly nameIds: Map<string, string | null>;
  readonly ids: Map<string, Element>;
  readonly substitutionDefs: Map<string, Element>;
}

/** Result of parsing a run of inline text: the nodes, and system messages to append after the enclosing block. */
export interface InlineResult {
  nodes: DoctreeNode[];
  messages: Element[];
}

/** What the block parser hands to directives (docutils' `state` + `state_machine`). */
export interface BlockState {
  readonly document: DocumentModel;
  readonly reporter: Reporter;
  readonly registries: Registries;
  /** Parse `lines` (already dedented) as body elements appended to `parent`. `offset` is the 0-based document line index of lines[0]. */
  nestedParse(lines: string[], offset: number, parent: Element, options?: { matchTitles?: boolean; source?: string }): void;
  /** Parse inline markup; `lineno` is the 1-based line of the text's first line. */
  parseInline(text: string, lineno: number): InlineResult;
  /**
   * Insert lines into the input right after the current block, parsed as if they stood there (include).
   * `firstLine` is the 1-based line of lines[0] in `source` (default 1; e.g. 4 for `:start-line: 3`),
   * so messages about the inserted text point at the right line. (firstLine added by rst-core.)
   */
  insertInput(lines: string[], source: string, firstLine?: number): void;
  /** Source file of the block being parsed (the document, or an included file). */
  readonly currentSource: string;
  /** Files included so far, innermost last (include recursion check). */
  readonly includeStack: string[];
  /** docutils' current default role name ('' = title-reference) and other per-document parse state. */
  defaultRole: string;
  /**
   * The element the directive's nodes will be appended to (docutils' `state_machine.node`):
   * `topic`, `sidebar` and `contents` refuse to stand inside topics and body elements. While the
   * directive of a substitution definition runs, this is the `substitution_definition` element
   * (`unicode`'s :trim: options set attributes on it). Undefined means the document root.
   * (Added by rst-directives.)
   */
  readonly parentNode?: Element;
  /**
   * Set only while running the directive of a substitution definition (`.. |name| image:: x`): the
   * substitution's name as written. `replace`, `unicode` and `date` work only there; `image` takes its
   * default `alt` from it. (Added by rst-directives.)
   */
  readonly substitutionName?: string;
}

/** Option converter: returns the converted value or throws an Error whose message docutils would print. */
export type OptionConverter = (value: string | null) => unknown;

export interface DirectiveSpec {
  requiredArguments?: number;
  optionalArguments?: number;
  finalArgumentWhitespace?: boolean;
  /** Allowed options; undefined or null means the directive takes no options. */
  optionSpec?: Record<string, OptionConverter> | null;
  hasContent?: boolean;
  run(invocation: DirectiveInvocation): DoctreeNode[];
}

export interface DirectiveInvocation {
  /** Directive name as written in the source (may be a translated name); docutils' messages print it as written. */
  name: string;
  arguments: string[];
  options: Record<string, unknown>;
  /** Content block, dedented. */
  content: string[];
  /** 0-based document line index of content[0]. */
  contentOffset: number;
  /** 1-based line of the `.. name::` marker. */
  lineno: number;
  /** The whole directive block as written (for error messages' literal_block). */
  blockText: string;
  state: BlockState;
  document: DocumentModel;
  reporter: Reporter;
  /** Throw the result to turn into a system message "Error in "name" directive: ..." style output, like docutils' DirectiveError. */
  error(message: string): DirectiveError;
  warning(message: string): DirectiveError;
  info(message: string): DirectiveError;
  severe(message: string): DirectiveError;
}

export class DirectiveError extends Error {
  constructor(readonly level: number, message: string) {
    super(message);
  }
}

export interface RoleInvocation {
  /** Role name as written in the source (not lowercased; docutils prints it so in messages); empty for the default role. */
  name: string;
  /** The whole interpreted text as written, role included, e.g. ":ref:`x`". */
  rawText: string;
  /** The text between backquotes with backslash-escapes marked by \x00 before the escaped character (docutils' convention); use `unescape` from ./escapes. */
  text: string;
  lineno: number;
  inliner: InlineHandle;
  /** Options from a `.. role::` customization. */
  options: Record<string, unknown>;
  content: string[];
}

export interface RoleResult {
  nodes: DoctreeNode[];
  messages: Element[];
}

export type RoleFunction = (role: RoleInvocation) => RoleResult;

/** What roles can use of the inline parser. */
export interface InlineHandle {
  readonly document: DocumentModel;
  readonly reporter: Reporter;
  /** Parse nested inline markup (e.g. for roles whose content is markup). */
  parse(text: string, lineno: number): InlineResult;
  /** A `problematic` node linked to a system message (docutils' inliner.problematic). */
  problematic(rawText: string, message: Element): Element;
}

/** Directive and role registries; one set per parser instance, so layers above can extend a copy. */
export interface Registries {
  directives: Map<string, DirectiveSpec>;
  roles: Map<string, RoleFunction>;
}

/**
 * What the block parser passes to the inline parser
 * (`parseInline(text, lineno, context)` in src/rst/inline/index.ts).
 */
export interface InlineContext {
  document: DocumentModel;
  registries: Registries;
  /** Current default role name from the `default-role` directive ('' = title-reference). */
  defaultRole: string;
  /** Source file of the text being parsed (messages' `source`). */
  source?: string;
  /**
   * Element the parsed text's block will be appended to (docutils' `state.parent`): messages about
   * duplicate target names defined inline (_`x`, `x <uri>`_) are appended there, before the block.
   */
  parent?: Element;
}

/**
 * Tables (src/rst/tables/index.ts): `readTable(kind, lines, start, lineOffset, state)` isolates the
 * grid or simple table whose first line is lines[start] (lineOffset + start is that line's 0-based
 * document index), parses it, and returns the nodes to insert (a table, or system messages for a
 * malformed one) and the index just past the last line it consumed.
 */
export interface TableReadResult {
  end: number;
  nodes: DoctreeNode[];
}
