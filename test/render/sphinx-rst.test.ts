// rST with Sphinx's directives (src/sphinx) to HTML: the code blocks a
// runbook page is made of (literalinclude with a caption and emphasised lines,
// `:language: bash`, plain `::` blocks, console sessions).
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseRst } from '../../src/rst/index.js';
import { createRegistries } from '../../src/rst/registries.js';
import { createSphinxContext } from '../../src/sphinx/context.js';
import { registerSphinx } from '../../src/sphinx/directives/index.js';
import { createRenderer } from '../../src/render/index.js';

const root = mkdtempSync(join(tmpdir(), 'rstro-render-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function write(path: string, data: string): void {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), data);
}

async function sphinxToHtml(docname: string, source: string) {
  write(`content/${docname}.rst`, source);
  const context = createSphinxContext({ docname, sourceRoot: join(root, 'content'), projectRoot: root, docnames: [docname] });
  const registries = createRegistries();
  registerSphinx(registries, context);
  const tree = parseRst(source, {
    registries,
    settings: { sourcePath: context.docPath, readFile: (path: string) => readFileSync(path, 'utf8') },
  });
  const renderer = await createRenderer({ graphviz: false });
  return renderer.render(tree, { docname });
}

describe('Sphinx code blocks to HTML', () => {
  it('renders a literalinclude from the fixture root with caption and emphasised lines', async () => {
    write('literalinclude/k8s/oom/pods.txt', 'NAME   READY   STATUS\nweb    0/1     ContainerCreating\ndb     1/1     Running\n');
    const result = await sphinxToHtml('k8s/oom', 'OOM\n===\n\n.. literalinclude:: oom/pods.txt\n   :caption: 创建pod失败\n   :emphasize-lines: 2\n');
    expect(result.html).toMatch(/<div class="code-frame has-title literal-block-wrapper"[^>]*><div class="code-frame-title">创建pod失败<\/div>/);
    expect(result.html).toContain('<span class="line hll">web    0/1     ContainerCreating</span>');
    expect(result.html).not.toContain('code-gutter');
  });

  it('renders :language: bash, a plain :: block and a console code-block with line numbers', async () => {
    write('content/ops/slab.sh', 'ls /sys/kernel/slab | wc -l\n');
    const source = [
      'Slab',
      '====',
      '',
      '.. literalinclude:: slab.sh',
      '   :language: bash',
      '',
      'Output::',
      '',
      '   182210',
      '',
      '.. code-block:: console',
      '   :lineno-start: 3',
      '',
      '   $ cat /etc/redhat-release',
      '   CentOS Linux release 7.9.2009 (Core)',
      '',
    ].join('\n');
    const result = await sphinxToHtml('ops/slab', source);
    expect(result.html).toContain('<code class="language-bash"><span class="line"><span class="hljs-built_in">ls</span> /sys/kernel/slab | <span class="hljs-built_in">wc</span> -l</span></code>');
    expect(result.html).toContain('<span class="line">182210</span>');
    expect(result.html).toContain('<pre class="code-gutter" aria-hidden="true"><span class="lineno">3</span>\n<span class="lineno">4</span></pre>');
    expect(result.html).toContain('data-copy-text="cat /etc/redhat-release"');
    expect(result.warnings).toEqual([]);
  });
});
