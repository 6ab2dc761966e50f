// docutils' standard roles, localized role names, and the role/default-role directives.
import { describe, expect, it } from 'vitest';
import { doc, px } from '../inline/helpers.js';

describe('standard roles', () => {
  it('make the nodes docutils makes', () => {
    expect(px(':ab:`a` :ac:`b` :emphasis:`c` :literal:`d\\e` :code:`f\\g` :math:`\\alpha` :t:`h`')).toBe(
      doc(
        '    <paragraph>',
        '        <abbreviation>',
        '            a',
        '         ',
        '        <acronym>',
        '            b',
        '         ',
        '        <emphasis>',
        '            c',
        '         ',
        '        <literal>',
        '            de',
        '         ',
        '        <literal classes="code">',
        '            f\\g',
        '         ',
        '        <math>',
        '            \\alpha',
        '         ',
        '        <title_reference>',
        '            h',
      ),
    );
  });

  it('link PEPs and RFCs, and report invalid numbers', () => {
    expect(px(':PEP:`8` :RFC:`2822#section-3`')).toBe(
      doc(
        '    <paragraph>',
        '        <reference refuri="https://peps.python.org/pep-0008">',
        '            PEP 8',
        '         ',
        '        <reference refuri="https://tools.ietf.org/html/rfc2822.html#section-3">',
        '            RFC 2822',
      ),
    );
    expect(px(':pep:`10000`')).toContain('PEP number must be a number from 0 to 9999; "10000" is invalid.');
    expect(px(':rfc:`0`')).toContain('RFC number must be a number greater than or equal to 1; "0" is invalid.');
  });

  it('refuse raw text without a format and name unimplemented roles', () => {
    expect(px(':raw:`<b>`')).toContain('No format (Writer name) is associated with this role: "raw".');
    expect(px(':index:`x`')).toContain('Interpreted text role "index" not implemented.');
  });
});

describe('localized role names', () => {
  it('reads French names and falls back to English ones once, with a note', () => {
    const out = px(':exp:`2` :ind:`i` :acronym:`a` :acronym:`b`', { languageCode: 'fr' });
    expect(out).toContain('        <superscript>\n            2\n');
    expect(out).toContain('        <subscript>\n            i\n');
    const notes = out.match(/Using English fallback for role "acronym"\./g) ?? [];
    expect(notes).toHaveLength(1);
  });

  it('reads German names', () => {
    expect(px(':fett:`x` :hochgestellt:`2`', { languageCode: 'de' })).toBe(
      doc('    <paragraph>', '        <strong>', '            x', '         ', '        <superscript>', '            2'),
    );
  });
});

describe('the role directive', () => {
  it('defines a role with its own class, from a base role and with options', () => {
    const source = [
      '.. role:: custom',
      '.. role:: py(code)',
      '   :language: python',
      '.. role:: html(raw)',
      '   :format: html',
      '.. role:: big(strong)',
      '   :class: large huge',
      '',
      ':custom:`a` :py:`b` :html:`<i>c</i>` :big:`d`',
    ].join('\n');
    expect(px(source)).toBe(
      doc(
        '    <paragraph>',
        '        <inline classes="custom">',
        '            a',
        '         ',
        '        <literal classes="code py python">',
        '            b',
        '         ',
        '        <raw classes="html" format="html" xml:space="preserve">',
        '            <i>c</i>',
        '         ',
        '        <strong classes="large huge">',
        '            d',
      ),
    );
  });

  it('reports bad arguments and options in docutils words', () => {
    // pformat prints a multi-line message one line per source line.
    const message = (...lines: string[]) => lines.join('\n            ');
    expect(px('.. role:: (error)')).toContain('"role" directive arguments not valid role names: "(error)".');
    expect(px('.. role:: 1')).toContain(message('Invalid argument for "role" directive:', 'cannot make "1" into a class name.'));
    expect(px('.. role:: x\n   :class: 1')).toContain(
      message('Error in "role" directive:', `invalid option value: (option: "class"; value: '1')`, 'cannot make "1" into a class name.'),
    );
    expect(px('.. role:: x(emphasis)\n   :format: html')).toContain(message('Error in "role" directive:', 'unknown option: "format".'));
    expect(px('.. role:: x(nope)')).toContain('Unknown interpreted text role "nope".');
    expect(px('.. role:: x\n   :class: a\n\n   text')).toContain(message('Error in "role" directive:', 'no content permitted.'));
  });

  it('only applies to the document that defines the role', () => {
    expect(px('.. role:: mine\n\n:mine:`a`')).toContain('<inline classes="mine">');
    expect(px(':mine:`a`')).toContain('Unknown interpreted text role "mine".');
  });
});

describe('the default-role directive', () => {
  it('changes the role of plain interpreted text until reset', () => {
    expect(px('.. default-role:: sup\n\n`a`\n\n.. default-role::\n\n`b`')).toBe(
      doc('    <paragraph>', '        <superscript>', '            a', '    <paragraph>', '        <title_reference>', '            b'),
    );
  });

  it('rejects an unknown role', () => {
    expect(px('.. default-role:: nope')).toContain('Unknown interpreted text role "nope".');
  });
});
