// Generates a Sphinx project of N pages for the build benchmark: sections
// with toctrees and captions, labels and :ref:/:doc: cross-references,
// literalincludes of recorded outputs, code blocks, Chinese and English prose.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { rng, paragraph, literalBlock, gridTable } from './corpus.js';

export function generateSphinxProject(dir: string, pages = 1000, sections = 10): void {
  rmSync(dir, { recursive: true, force: true });
  const source = path.join(dir, 'source');
  mkdirSync(source, { recursive: true });
  const r = rng(7);
  writeFileSync(
    path.join(source, 'conf.py'),
    `project = 'Bench KB'\nauthor = 'bench'\nlanguage = 'zh_CN'\nextensions = ['sphinx.ext.todo']\nexclude_patterns = []\nhtml_theme = 'alabaster'\n`,
  );
  const perSection = Math.ceil(pages / sections);
  const rootToc: string[] = [];
  let page = 0;
  for (let s = 0; s < sections; s++) {
    const sectionDir = path.join(source, `section${s}`);
    mkdirSync(sectionDir, { recursive: true });
    const entries: string[] = [];
    for (let i = 0; i < perSection && page < pages; i++, page++) {
      const name = `page${page}`;
      entries.push(`   ${name}`);
      const zh = page % 2 === 0;
      const title = zh ? `故障排查第 ${page} 篇` : `Incident ${page}: pods stuck`;
      const other = (page * 7 + 3) % pages;
      const otherSection = Math.floor(other / perSection);
      mkdirSync(path.join(sectionDir, name), { recursive: true });
      writeFileSync(path.join(sectionDir, name, 'output.txt'), literalBlock(r).replace(/^ {3}/gm, '') + '\n');
      const body = [
        `.. _bench_page_${page}:`,
        '',
        title,
        '='.repeat(title.length * 2),
        '',
        paragraph(r, zh),
        '',
        `See :ref:\`bench_page_${other}\` and :doc:\`/section${otherSection}/page${other}\`.`,
        '',
        `.. _bench_page_${page}_check:`,
        '',
        zh ? '检查' : 'Check',
        '-'.repeat(12),
        '',
        paragraph(r, zh),
        '',
        `.. literalinclude:: ${name}/output.txt`,
        '   :caption: recorded output',
        '   :emphasize-lines: 1',
        '',
        '.. code-block:: bash',
        '   :linenos:',
        '',
        '   kubectl get pods -A -o wide',
        '   kubectl describe pod web-0 -n prod',
        '   journalctl -u kubelet --since "10 min ago"',
        '',
        paragraph(r, zh),
        '',
        gridTable(r),
        '',
        zh ? '修复' : 'Fix',
        '-'.repeat(12),
        '',
        paragraph(r, zh),
        '',
        '.. note::',
        '',
        `   ${paragraph(r, zh).replace(/\n/g, '\n   ')}`,
        '',
        'Output::',
        '',
        literalBlock(r),
        '',
      ];
      writeFileSync(path.join(sectionDir, `${name}.rst`), body.join('\n'));
    }
    const sectionTitle = `Section ${s}`;
    writeFileSync(
      path.join(sectionDir, 'index.rst'),
      [`${sectionTitle}`, '='.repeat(sectionTitle.length), '', paragraph(r, false), '', '.. toctree::', '   :maxdepth: 1', '', ...entries, ''].join('\n'),
    );
    rootToc.push(`   section${s}/index`);
  }
  writeFileSync(
    path.join(source, 'index.rst'),
    ['Bench KB', '========', '', paragraph(r, true), '', '.. toctree::', '   :maxdepth: 2', '   :caption: Sections', '', ...rootToc, ''].join('\n'),
  );
}

if (process.argv[1] && process.argv[1].endsWith('sphinx-project.ts')) {
  const dir = process.argv[2] ?? '.cache/bench/project';
  const pages = Number(process.argv[3] ?? 1000);
  generateSphinxProject(dir, pages);
  console.log(`generated ${pages} pages in ${dir}/source`);
}
