// Localized role names: what an author may write in a document whose
// language_code is set, mapped to the canonical (English) role name. Messages
// name docutils' language modules, as docutils prints them.

export const ROLE_NAMES: Record<string, Record<string, string>> = {
  en: {
    abbreviation: 'abbreviation', ab: 'abbreviation',
    acronym: 'acronym', ac: 'acronym',
    code: 'code',
    index: 'index', i: 'index',
    subscript: 'subscript', sub: 'subscript',
    superscript: 'superscript', sup: 'superscript',
    'title-reference': 'title-reference', title: 'title-reference', t: 'title-reference',
    'pep-reference': 'pep-reference', pep: 'pep-reference',
    'rfc-reference': 'rfc-reference', rfc: 'rfc-reference',
    emphasis: 'emphasis', strong: 'strong', literal: 'literal', math: 'math',
    'named-reference': 'named-reference', 'anonymous-reference': 'anonymous-reference',
    'footnote-reference': 'footnote-reference', 'citation-reference': 'citation-reference',
    'substitution-reference': 'substitution-reference', target: 'target',
    'uri-reference': 'uri-reference', uri: 'uri-reference', url: 'uri-reference',
    raw: 'raw',
  },
  de: {
    'abkürzung': 'abbreviation', akronym: 'acronym', code: 'code', index: 'index',
    tiefgestellt: 'subscript', hochgestellt: 'superscript', 'titel-referenz': 'title-reference',
    'pep-referenz': 'pep-reference', 'rfc-referenz': 'rfc-reference',
    betonung: 'emphasis', betont: 'emphasis', fett: 'strong', 'wörtlich': 'literal', mathe: 'math',
    'benannte-referenz': 'named-reference', 'unbenannte-referenz': 'anonymous-reference',
    'fußnoten-referenz': 'footnote-reference', 'zitat-referenz': 'citation-reference',
    'ersetzungs-referenz': 'substitution-reference', ziel: 'target', 'uri-referenz': 'uri-reference',
    'unverändert': 'raw', roh: 'raw',
  },
  fr: {
    'abréviation': 'abbreviation', acronyme: 'acronym', sigle: 'acronym', code: 'code', index: 'index',
    indice: 'subscript', ind: 'subscript', exposant: 'superscript', exp: 'superscript',
    'titre-référence': 'title-reference', titre: 'title-reference',
    'pep-référence': 'pep-reference', 'rfc-référence': 'rfc-reference',
    emphase: 'emphasis', fort: 'strong', 'littéral': 'literal', math: 'math',
    'nommée-référence': 'named-reference', 'anonyme-référence': 'anonymous-reference',
    'note-référence': 'footnote-reference', 'citation-référence': 'citation-reference',
    'substitution-référence': 'substitution-reference', lien: 'target',
    'uri-référence': 'uri-reference', brut: 'raw',
  },
};

/** The language whose table applies (documents in other languages use English names). */
export function roleLanguage(languageCode: string): string {
  const code = languageCode.toLowerCase().replace('_', '-');
  if (ROLE_NAMES[code]) return code;
  const base = code.split('-')[0]!;
  return ROLE_NAMES[base] ? base : 'en';
}

/** Name of docutils' language module, as its messages print it. */
export function languageModuleName(language: string): string {
  return `docutils.parsers.rst.languages.${language}`;
}
