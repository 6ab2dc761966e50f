import { describe, expect, it } from 'vitest';
import { readConf, defaultConfig } from '../../src/sphinx/conf.js';
import { formatWarning } from '../../src/sphinx/warnings.js';

const read = (source: string) => readConf(source, '/p/conf.py');

describe('conf.py read without running Python', () => {
  it('reads literals of every kind', () => {
    const { config, warnings } = read(`
# -*- coding: utf-8 -*-
import os, sys
from datetime import date
project = u'Knowledge "base"'
author = "Ops team"
release = '1.2.3'
version = release.split('.')[0] + '.' + release.split('.')[1]
copyright = '2024, %s' % author
language = 'zh_CN'
master_doc = 'contents'
source_suffix = ['.rst', '.md']
exclude_patterns = ['_build', 'Thumbs.db', '**/.ipynb_checkpoints']
templates_path = ('_templates',)
numfig = True
nitpicky = 1
nitpick_ignore = [('py:class', 'int'), ('envvar', 'HOME')]
highlight_language = 'console'
rst_prolog = """
.. |project| replace:: KB
"""
rst_epilog = r'.. |x| replace:: \\n'
extensions = [
    'sphinx.ext.todo',  # trailing comment
    'sphinx.ext.graphviz',
]
extensions.append('sphinx.ext.intersphinx')
intersphinx_mapping = {'python': ('https://docs.python.org/3', None), 'local': ('https://x.org/', 'inv/objects.inv')}
html_theme = 'alabaster'
html_static_path = ['_static']
todo_include_todos = False
myst_enable_extensions = {'colon_fence', 'deflist'}
myst_heading_anchors = 3
rstro_raw_html = False
`);
    expect(warnings).toEqual([]);
    expect(config.project).toBe('Knowledge "base"');
    expect(config.version).toBe('1.2');
    expect(config.copyright).toBe('2024, Ops team');
    expect(config.root_doc).toBe('contents');
    expect(config.source_suffix).toEqual({ '.rst': 'restructuredtext', '.md': 'markdown' });
    expect(config.exclude_patterns).toEqual(['_build', 'Thumbs.db', '**/.ipynb_checkpoints']);
    expect(config.templates_path).toEqual(['_templates']);
    expect(config.numfig).toBe(true);
    expect(config.nitpicky).toBe(true);
    expect(config.nitpick_ignore).toEqual([['py:class', 'int'], ['envvar', 'HOME']]);
    expect(config.rst_prolog).toBe('\n.. |project| replace:: KB\n');
    expect(config.rst_epilog).toBe('.. |x| replace:: \\n');
    expect(config.extensions).toEqual(['sphinx.ext.todo', 'sphinx.ext.graphviz', 'sphinx.ext.intersphinx']);
    expect(config.intersphinx_mapping.python).toEqual({ uri: 'https://docs.python.org/3', inventories: [null] });
    expect(config.intersphinx_mapping.local.inventories).toEqual(['inv/objects.inv']);
    expect(config.myst_enable_extensions.sort()).toEqual(['colon_fence', 'deflist']);
    expect(config.myst_heading_anchors).toBe(3);
    expect(config.rstro_raw_html).toBe(false);
    expect(config.language).toBe('zh_CN');
  });

  it('handles .format, f-strings on known names, dict source_suffix and root_doc over master_doc', () => {
    const { config, warnings } = read(`
name = 'kb'
project = '{} docs ({n})'.format(name.upper(), n=2)
author = f'{name} team'
source_suffix = {'.rst': 'restructuredtext', '.txt': 'restructuredtext'}
root_doc = 'start'
master_doc = 'ignored'
`);
    expect(warnings).toEqual([]);
    expect(config.project).toBe('KB docs (2)');
    expect(config.author).toBe('kb team');
    expect(config.source_suffix).toEqual({ '.rst': 'restructuredtext', '.txt': 'restructuredtext' });
    expect(config.root_doc).toBe('start');
  });

  it('warns with the line when a setting needs Python to run, and keeps the default', () => {
    const { config, warnings } = read(`import os
here = os.path.abspath('.')
project = 'ok'
copyright = '%d, me' % date.today().year
html_logo = os.path.join(here, 'logo.png')
`);
    expect(config.project).toBe('ok');
    expect(config.copyright).toBe('');
    expect(warnings).toHaveLength(1);
    expect(formatWarning(warnings[0])).toMatch(/^\/p\/conf\.py:4: WARNING: cannot evaluate the value of 'copyright' without running Python .*date.*; the default '' is used$/);
  });

  it('names unknown extensions once', () => {
    const { config, warnings } = read(`extensions = ['sphinx.ext.todo', 'sphinxcontrib.foo', 'my_ext']\n`);
    expect(config.extensions).toEqual(['sphinx.ext.todo', 'sphinxcontrib.foo', 'my_ext']);
    expect(warnings.map((w) => formatWarning(w))).toEqual(['/p/conf.py:1: WARNING: extensions not supported by rstro, ignored: sphinxcontrib.foo, my_ext']);
  });

  it('rejects a value of the wrong type with the default', () => {
    const { config, warnings } = read(`numfig = 'yes'\nexclude_patterns = '_build'\n`);
    expect(config.numfig).toBe(false);
    expect(config.exclude_patterns).toEqual([]);
    expect(warnings.map((w) => w.line)).toEqual([1, 2]);
    expect(warnings[0].message).toContain("'numfig' must be True or False, not a string; the default False is used");
  });

  it('skips if-blocks with a warning and function definitions silently', () => {
    const { config, warnings } = read(`project = 'a'
def setup(app):
    app.add_css_file('x.css')
    project = 'never'
if os.environ.get('READTHEDOCS'):
    html_theme = 'rtd'
else:
    project = 'b'
release = '1'
`);
    expect(config.project).toBe('a');
    expect(config.release).toBe('1');
    expect(warnings).toHaveLength(1);
    expect(warnings[0].line).toBe(5);
    expect(warnings[0].message).toContain("'if' block not evaluated");
  });

  it('gives a clear warning for a file that is not valid Python and uses every default', () => {
    const { config, warnings } = read(`project = 'x'\nextensions = ['a',\nrelease = 'unterminated\n`);
    expect(config).toEqual(defaultConfig());
    expect(warnings).toHaveLength(1);
    expect(formatWarning(warnings[0])).toMatch(/^\/p\/conf\.py:\d+: WARNING: invalid Python syntax in conf\.py: .*defaults are used$/);
  });

  it('reports an unreadable statement and keeps going', () => {
    const { config, warnings } = read(`a, b = 1, 2\nproject = 'kept'\n`);
    expect(config.project).toBe('kept');
    expect(warnings[0].line).toBe(1);
  });
});

describe('conf.py reader on hostile input', () => {
  it('never throws or hangs on mutated files, deep nesting or huge repetitions', () => {
    const base = `import os\nproject = 'a' + "b" % ()\nextensions = ['x', ("y",), {'k': [1, 2.5e3, 0x1F]}]\nrst_prolog = """\n.. |a| replace:: b\n"""\nif x:\n    y = 1\nversion = '{}'.format(release)\n`;
    const alphabet = ['(', ')', '[', ']', '{', '}', "'", '"', '"""', '\\', '\n', ' ', '    ', ':', ',', '=', '+', '%', '#', 'if ', 'def ', '\t', '*', '.', 'x'];
    let seed = 42;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    for (let i = 0; i < 2000; i++) {
      let text = base;
      for (let k = 0; k < 1 + random(4); k++) {
        const at = random(text.length + 1);
        text = random(2) ? text.slice(0, at) + alphabet[random(alphabet.length)] + text.slice(at) : text.slice(0, at) + text.slice(at + 1 + random(3));
      }
      expect(() => readConf(text)).not.toThrow();
    }
    const started = Date.now();
    const deep = readConf(`project = ${'['.repeat(20000)}${']'.repeat(20000)}\nrelease = 'x' * 10**9\nversion = '1'\n`);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(deep.config.version).toBe('1');
    expect(deep.config.release).toBe('');
    expect(deep.warnings.map((w) => w.line)).toEqual([1, 2]);
  });
});
