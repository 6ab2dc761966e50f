/** A language module: localized directive and role names, and generated labels. */
export interface RstLanguage {
  /** Language code as in the `language_code` setting, e.g. 'de'. */
  code: string;
  /** Localized (lower-case) directive name -> canonical directive name. */
  directives: Record<string, string>;
  /** Localized (lower-case) role name -> canonical role name. */
  roles: Record<string, string>;
  /** Labels the parser writes itself, e.g. contents -> 'Inhalt'. */
  labels: Record<string, string>;
}
