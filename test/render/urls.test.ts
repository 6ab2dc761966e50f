import { describe, expect, it } from 'vitest';
import { defaultAssetUrl, defaultDocUrl, isUnsafeUri, rebaseRelativeUri, relativePath, sitePath } from '../../src/render/urls.js';
import { el, p, renderBody, text } from './helpers.js';

describe('site URLs', () => {
  it('maps docnames to folder URLs, index pages to their folder', () => {
    expect(sitePath('k8s/oom')).toBe('/k8s/oom/');
    expect(sitePath('index')).toBe('/');
    expect(sitePath('k8s/index')).toBe('/k8s/');
  });

  it('makes relative links between pages', () => {
    expect(relativePath('/a/b/', '/c/d/')).toBe('../../c/d/');
    expect(relativePath('/a/b/', '/a/')).toBe('../');
    expect(relativePath('/', '/a/')).toBe('./a/');
    expect(relativePath('/a/', '/a/')).toBe('./');
    expect(defaultDocUrl('k8s/net', 'dns', 'k8s/oom')).toBe('../net/#dns');
    expect(defaultDocUrl('k8s/oom', '', 'k8s/oom')).toBe('./');
  });

  it('resolves image paths from the document folder', () => {
    expect(defaultAssetUrl('img/a.png', 'k8s/oom')).toBe('../img/a.png');
    expect(defaultAssetUrl('../shared/a.png', 'k8s/oom')).toBe('../../shared/a.png');
    expect(defaultAssetUrl('a.png', 'k8s/index')).toBe('./a.png');
  });

  it('rebases relative links written in the source onto the page folder', () => {
    expect(rebaseRelativeUri('other.html', 'k8s/oom')).toBe('../other.html');
    expect(rebaseRelativeUri('other.html', 'k8s/index')).toBe('other.html');
    expect(rebaseRelativeUri('https://x.org', 'k8s/oom')).toBe('https://x.org');
    expect(rebaseRelativeUri('#frag', 'k8s/oom')).toBe('#frag');
    expect(rebaseRelativeUri('/abs/', 'k8s/oom')).toBe('/abs/');
  });

  it('recognises unsafe schemes however they are disguised', () => {
    for (const uri of ['javascript:x', 'JAVASCRIPT:x', '\u0000javascript:x', 'java\nscript:x', ' vbscript:x', 'data:image/png;base64,AAA']) expect(isUnsafeUri(uri)).toBe(true);
    for (const uri of ['https://x', 'mailto:a@b', 'relative/javascript:x', '#javascript']) expect(isUnsafeUri(uri)).toBe(false);
  });

  it('links a relative source URI so it still reaches the file next to the source page', async () => {
    const result = await renderBody([p(el('reference', { refuri: 'other.html' }, [text('o')]))], {}, 'k8s/oom');
    expect(result.html).toContain('href="../other.html"');
  });
});
