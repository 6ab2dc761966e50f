// Localized directive names and docutils' fallback messages.
import { describe, expect, it } from 'vitest';
import { languageLabel, resolveDirectiveName, resolveRoleName } from '../../../src/rst/languages/index.js';

describe('language modules', () => {
  it('maps German directive names without a message', () => {
    expect(resolveDirectiveName('Notiz', 'de')).toEqual({ canonical: 'note' });
    expect(resolveDirectiveName('WARNUNG', 'de')).toEqual({ canonical: 'warning' });
  });

  it('falls back to English with an INFO text', () => {
    expect(resolveDirectiveName('admonition', 'de')).toEqual({
      canonical: 'admonition',
      message:
        'No directive entry for "admonition" in module "docutils.parsers.rst.languages.de".\n' +
        'Using English fallback for directive "admonition".',
    });
    expect(resolveRoleName('sup', 'fr').message).toBe(
      'No role entry for "sup" in module "docutils.parsers.rst.languages.fr".\nUsing English fallback for role "sup".',
    );
    expect(resolveRoleName('exposant', 'fr')).toEqual({ canonical: 'superscript' });
  });

  it('tries unknown names as canonical names, keeping their case in the message', () => {
    expect(resolveDirectiveName('reStructuredText-unknown-directive', 'en')).toEqual({
      canonical: 'restructuredtext-unknown-directive',
      message:
        'No directive entry for "reStructuredText-unknown-directive" in module "docutils.parsers.rst.languages.en".\n' +
        'Trying "reStructuredText-unknown-directive" as canonical directive name.',
    });
  });

  it('finds extension directives registered under their own name silently', () => {
    expect(resolveDirectiveName('toctree', 'en', (name) => name === 'toctree')).toEqual({ canonical: 'toctree' });
    // Sphinx's own code-block replaces docutils' alias of `code`; unregistered, the alias applies.
    expect(resolveDirectiveName('code-block', 'en', (name) => name === 'code-block')).toEqual({ canonical: 'code-block' });
    expect(resolveDirectiveName('code-block', 'en', () => false)).toEqual({ canonical: 'code' });
  });

  it('labels follow the document language', () => {
    expect(languageLabel('de', 'contents')).toBe('Inhalt');
    expect(languageLabel('en', 'contents')).toBe('Contents');
    expect(languageLabel('xx', 'contents')).toBe('Contents');
  });
});
