# Configuration of the rstro knowledge base (a plain Sphinx project).
#
# Keep this file to simple assignments: rstro reads conf.py without executing it,
# so computed values (imports, string building, os.path calls) would be invisible to it.

project = 'rstro 运维知识库'
author = 'rstro team'
copyright = '2026, rstro team'
version = '0.3'
release = '0.3.0'

master_doc = 'index'
root_doc = 'index'
language = 'zh_CN'
source_suffix = {'.rst': 'restructuredtext', '.md': 'markdown'}

extensions = ['sphinx.ext.todo', 'sphinx.ext.graphviz', 'myst_parser']

# Markdown pages (myst-parser): ':::' fences for admonitions, and GitHub-style anchors on
# headings down to level 2, so '[text](page.md#heading)' links work.
myst_enable_extensions = ['colon_fence']
myst_heading_anchors = 2

# Snippets under _snippets/ are pulled in with `.. include::` and must not become pages
# of their own; expected-warnings.txt is a list for `rstro check`, not a document.
exclude_patterns = ['_build', '_snippets/**', 'expected-warnings.txt', 'README*']

# Figures, tables and code blocks get numbers so that :numref: works.
numfig = True
numfig_format = {'figure': '图 %s', 'table': '表 %s', 'code-block': '清单 %s'}

# The on-call team wants the open TODOs visible on the site until they are done.
todo_include_todos = True

highlight_language = 'none'
pygments_style = 'sphinx'

html_title = 'rstro 运维知识库'
html_static_path = []
html_last_updated_fmt = '%Y-%m-%d'
