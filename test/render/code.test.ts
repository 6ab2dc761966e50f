import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { clearMemoryCache } from '../../src/render/code/cache.js';
import { closePacks } from '../../src/cache/pack-file.js';
import { planFor } from '../../src/render/code/languages.js';
import { splitIntoLines } from '../../src/render/code/lines.js';
import { createRenderer } from '../../src/render/index.js';
import { el, renderBody, text, withData } from './helpers.js';

const block = (code: string, attributes: Record<string, unknown> = {}, highlightArgs?: Record<string, unknown>) => {
  const node = el('literal_block', attributes as Record<string, string>, [text(code)]);
  return highlightArgs ? withData(node, { highlightArgs }) : node;
};

/** The text a reader sees in the code element (tags removed, entities decoded). */
function codeText(html: string): string {
  const code = /<pre class="highlight"[^>]*><code[^>]*>([\s\S]*?)<\/code><\/pre>/.exec(html)?.[1] ?? '';
  return code.replace(/<[^>]+>/g, '').replace(/&#x3C;/g, '<').replace(/&#x26;/g, '&').replace(/&#x22;/g, '"');
}

describe('code blocks', () => {
  it('highlights a known language with highlight.js classes, keeping the text intact', async () => {
    const code = 'def f(x):\n    return "<%s>" % x';
    const result = await renderBody([block(code, { language: 'python3' })]);
    expect(result.html).toContain('<span class="hljs-keyword">def</span>');
    expect(result.html).toContain('<code class="language-python3">');
    expect(codeText(result.html)).toBe(code);
    expect(result.html).toContain('data-language="python3"');
  });

  it.each(['none', 'text', 'default', ''])('shows %j as plain text', async (language) => {
    const result = await renderBody([block('if x: <y>', { language })]);
    expect(result.html).not.toContain('hljs');
    expect(codeText(result.html)).toBe('if x: <y>');
  });

  it('falls back to plain text for an unknown language, with a warning and no failure', async () => {
    const result = await renderBody([block('whatever', { language: 'klingon' })]);
    expect(codeText(result.html)).toBe('whatever');
    expect(result.html).not.toContain('hljs');
    expect(result.warnings).toEqual([{ message: 'unknown code language "klingon": shown as plain text' }]);
  });

  it('maps Sphinx/Pygments names to grammars', () => {
    const known = (name: string) => ['bash', 'python', 'yaml', 'json', 'ini', 'c', 'cpp', 'go', 'rust', 'dockerfile', 'nginx', 'sql', 'diff', 'pgsql'].includes(name);
    const grammarOf = (language: string) => {
      const { plan } = planFor(language, known);
      return plan.kind === 'grammar' ? plan.grammar : plan.kind;
    };
    expect(grammarOf('sh')).toBe('bash');
    expect(grammarOf('shell')).toBe('bash');
    expect(grammarOf('python3')).toBe('python');
    expect(grammarOf('docker')).toBe('dockerfile');
    expect(grammarOf('yml')).toBe('yaml');
    expect(grammarOf('c++')).toBe('cpp');
    expect(grammarOf('udiff')).toBe('diff');
    expect(grammarOf('console')).toBe('shell-session');
    expect(grammarOf('shell-session')).toBe('shell-session');
    expect(grammarOf('pycon')).toBe('python-session');
    expect(grammarOf('rst')).toBe('plain');
  });

  it('escapes code text', async () => {
    const result = await renderBody([block('<script>alert("x")</script>', { language: 'none' })]);
    expect(result.html).toContain('&#x3C;script>alert("x")&#x3C;/script>');
    expect(result.html).not.toContain('<script>');
  });

  it('marks emphasized lines (1-based, of the shown lines)', async () => {
    const result = await renderBody([block('one\ntwo\nthree', { language: 'text' }, { hl_lines: [2, 3] })]);
    expect(result.html).toContain('<span class="line">one</span>\n<span class="line hll">two</span>\n<span class="line hll">three</span>');
  });

  it('splits highlighted spans that cross lines so each line stands alone', async () => {
    const result = await renderBody([block('x = """a\nb"""\ny = 1', { language: 'python' }, { hl_lines: [2] })]);
    expect(result.html).toContain('<span class="line hll"><span class="hljs-string">b"""</span></span>');
    expect(codeText(result.html)).toBe('x = """a\nb"""\ny = 1');
  });

  it('puts line numbers in a separate gutter, honouring linenostart', async () => {
    const result = await renderBody([block('a\nb', { language: 'text', linenos: true }, { linenostart: 41, hl_lines: [2] })]);
    expect(result.html).toContain('<pre class="code-gutter" aria-hidden="true"><span class="lineno">41</span>\n<span class="lineno hll">42</span></pre>');
    // The numbers are not part of the code a reader copies.
    expect(codeText(result.html)).toBe('a\nb');
  });

  it('has no gutter without linenos, even when Sphinx recorded a linenostart', async () => {
    const result = await renderBody([block('a', { language: 'text' }, { linenostart: 1 })]);
    expect(result.html).not.toContain('code-gutter');
  });

  it('has a copy button; a console session copies its commands without prompts or output', async () => {
    const session = '$ kubectl get pods\nNAME   READY\nweb    1/1\n# echo "done" \\\n  > /tmp/x\n[root@node ~]# ls /sys/kernel/slab | wc -l\n182210';
    const result = await renderBody([block(session, { language: 'console' })]);
    expect(result.html).toContain('<button type="button" class="copy-button" aria-label="Copy code" title="Copy code" data-copy="" data-pagefind-ignore=""');
    const copyText = /data-copy-text="([^"]*)"/.exec(result.html)?.[1].replace(/&#x22;/g, '"');
    expect(copyText).toBe('kubectl get pods\necho "done" \\\n  > /tmp/x\nls /sys/kernel/slab | wc -l');
    expect(result.html).toContain('<span class="gp">$ </span>');
    expect(result.html).toContain('<span class="gp">[root@node ~]# </span>');
    expect(result.html).toContain('<span class="go">NAME   READY</span>');
  });

  it('treats a bash block that starts with a "$ " prompt as a session, and a script as a script', async () => {
    const session = await renderBody([block('$ uname -r\n3.10.0-1160.83.1.el7.x86_64', { language: 'bash' })]);
    expect(session.html).toContain('data-copy-text="uname -r"');
    const script = await renderBody([block('# comment\necho $HOME', { language: 'bash' })]);
    expect(script.html).not.toContain('data-copy-text');
    expect(script.html).toContain('<span class="hljs-comment"># comment</span>');
  });

  it('treats a console block with no prompt as output and copies it whole', async () => {
    const result = await renderBody([block('%Cpu(s):  0.9 us\n#!/bin/sh', { language: 'console' })]);
    expect(result.html).not.toContain('data-copy-text');
    expect(result.html).not.toContain('class="gp"');
  });

  it('strips >>> and ... prompts from Python sessions and doctest blocks', async () => {
    const result = await renderBody([el('doctest_block', {}, [text('>>> for i in range(2):\n...     print(i)\n0\n1')])]);
    const copyText = /data-copy-text="([^"]*)"/.exec(result.html)?.[1];
    expect(copyText).toBe('for i in range(2):\n    print(i)');
    expect(result.html).toContain('<span class="gp">>>> </span><span class="hljs-keyword">for</span>');
  });

  it('uses the caption of a literal-block-wrapper as the frame title, with the wrapper ids', async () => {
    const wrapper = el('container', { classes: ['literal-block-wrapper'], literal_block: true, ids: ['pods-list'] }, [
      el('caption', {}, [text('创建pod失败 '), el('literal', {}, [text('kubectl')])]),
      block('NAME READY\nweb 0/1', { language: 'bash' }, { hl_lines: [2] }),
    ]);
    const result = await renderBody([wrapper]);
    expect(result.html).toMatch(/^<div id="pods-list" class="code-frame has-title literal-block-wrapper" data-language="bash"><div class="code-frame-title">创建pod失败 <code class="literal">kubectl<\/code><\/div><div class="code-frame-body"><pre class="highlight" tabindex="0">/);
    expect(result.html).toContain('<span class="line hll">');
  });

  it('renders parsed-literal blocks with their markup and no highlighting', async () => {
    const result = await renderBody([el('literal_block', {}, [text('see '), el('reference', { refuri: 'https://x.org' }, [text('x')]), text('\n'), el('strong', {}, [text('bold')])])]);
    expect(result.html).toContain('<pre class="highlight parsed-literal" tabindex="0"><code>see <a class="reference external" href="https://x.org">x</a>\n<strong>bold</strong></code></pre>');
  });

  it("reads the language of docutils' own code directive from its classes", async () => {
    const result = await renderBody([el('literal_block', { classes: ['code', 'python'] }, [text('import os')])]);
    expect(result.html).toContain('<span class="hljs-keyword">import</span>');
  });
});

describe('line splitting', () => {
  it('repeats a span on every line it covers without changing the input', () => {
    const input = [{ type: 'element' as const, tagName: 'span', properties: { className: ['s'] }, children: [{ type: 'text' as const, value: 'a\nb' }] }];
    const lines = splitIntoLines(input);
    expect(lines).toEqual([[{ type: 'element', tagName: 'span', properties: { className: ['s'] }, children: [{ type: 'text', value: 'a' }] }], [{ type: 'element', tagName: 'span', properties: { className: ['s'] }, children: [{ type: 'text', value: 'b' }] }]]);
    expect(input[0].children[0].value).toBe('a\nb');
  });

  it('keeps empty lines', () => {
    expect(splitIntoLines([{ type: 'text', value: 'a\n\nb' }])).toEqual([[{ type: 'text', value: 'a' }], [], [{ type: 'text', value: 'b' }]]);
  });
});

describe('highlight cache', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rstro-hl-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('stores highlighted blocks on disk by content hash and reuses them in a later build', async () => {
    const code = `echo cached-${Date.now()}`;
    const doc = el('document', {}, [block(code, { language: 'bash' })]);
    const first = await createRenderer({ graphviz: false, highlightCacheDir: dir });
    const firstHtml = first.render(doc, { docname: 'x' }).html;
    expect(first.cacheStats).toEqual({ hits: 0, misses: 1 });
    await new Promise((resolve) => setImmediate(resolve)); // the cache writes once the build yields
    const entries = readFileSync(join(dir, 'blocks.pack'), 'utf8').trim().split('\n');
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatch(/^[0-9a-f]{40}\t\{/);

    clearMemoryCache(); // as if a new process
    closePacks();
    const second = await createRenderer({ graphviz: false, highlightCacheDir: dir });
    expect(second.render(doc, { docname: 'x' }).html).toBe(firstHtml);
    expect(second.cacheStats).toEqual({ hits: 1, misses: 0 });
  });

  it('keys on language as well as code', async () => {
    const renderer = await createRenderer({ graphviz: false });
    const code = `x = 1 # ${Date.now()}`;
    const asPython = renderer.render(el('document', {}, [block(code, { language: 'python' })]), { docname: 'x' }).html;
    const asText = renderer.render(el('document', {}, [block(code, { language: 'text' })]), { docname: 'x' }).html;
    expect(asPython).toContain('hljs');
    expect(asText).not.toContain('hljs');
  });
});
