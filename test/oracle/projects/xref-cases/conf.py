# A project exercising the Sphinx layer's warnings; sphinx-parity.mjs compares
# sphinx-build's and rstro's output on it (node test/oracle/sphinx-parity.mjs
# test/oracle/projects/xref-cases --all).
import os
project = 'xref cases'
extensions = ['sphinx.ext.todo', 'sphinx.ext.intersphinx']
intersphinx_mapping = {'nowhere': ('https://nowhere.invalid', 'nowhere.inv')}
exclude_patterns = ['drafts/*']
numfig = True
nitpicky = True
nitpick_ignore = [('py:class', 'int')]
rst_prolog = """
.. |project| replace:: xref cases
"""
rst_epilog = """
.. |today| replace:: today
"""
