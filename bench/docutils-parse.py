# Times docutils' rST parser (no transforms, no writer) over a folder of .rst
# files: the same work as rstro's parseRst. Prints the seconds.
import os
import sys
import time

from docutils.frontend import get_default_settings
from docutils.parsers.rst import Parser
from docutils.utils import new_document

folder = sys.argv[1]
sources = [open(os.path.join(folder, f), encoding='utf-8').read() for f in sorted(os.listdir(folder)) if f.endswith('.rst')]
parser = Parser()
settings = get_default_settings(Parser)
settings.report_level = 5
settings.halt_level = 5
start = time.perf_counter()
for source in sources:
    document = new_document('bench', settings)
    parser.parse(source, document)
print(time.perf_counter() - start)
