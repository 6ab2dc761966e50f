import { describe, expect, it } from 'vitest';
import { el, p, renderBody, text } from './helpers.js';

describe('images and figures', () => {
  it('renders an image with a URL relative to the page, alt text and size', async () => {
    const result = await renderBody([el('image', { uri: 'img/pods.png', alt: 'Pods', width: '200px', align: 'center' })], {}, 'k8s/oom');
    expect(result.html).toBe('<img class="align-center" src="../img/pods.png" alt="Pods" loading="lazy" decoding="async" style="width: 200px">');
  });

  it('lists the images a page shows, with their resolved source, so the site can copy them', async () => {
    const image = el('image', { uri: 'img/pods.png', alt: 'Pods' });
    image.data = { sourcePath: '/project/content/k8s/img/pods.png' };
    const result = await renderBody([image, el('image', { uri: 'https://cdn.example/x.png', alt: 'x' })], {}, 'k8s/oom');
    expect(result.assets).toEqual([{ uri: 'img/pods.png', sourcePath: '/project/content/k8s/img/pods.png', href: '../img/pods.png' }]);
  });

  it('defaults alt to the uri (docutils) and resolves /absolute paths from the source root', async () => {
    const result = await renderBody([el('image', { uri: '/_static/logo.svg' })], {}, 'a/b/c');
    expect(result.html).toBe('<img src="../../../_static/logo.svg" alt="/_static/logo.svg" loading="lazy" decoding="async">');
  });

  it('applies scale to pixel sizes', async () => {
    const result = await renderBody([el('image', { uri: 'x.png', alt: '', width: '400', height: '100', scale: 50 })], {}, 'index');
    expect(result.html).toContain('style="width: 200px; height: 50px"');
  });

  it('keeps external image URLs and uses assetUrl when given', async () => {
    const external = await renderBody([el('image', { uri: 'https://cdn.example/x.png', alt: 'x' })]);
    expect(external.html).toContain('src="https://cdn.example/x.png"');
    const custom = await renderBody([el('image', { uri: 'x.png', alt: 'x' })], { assetUrl: (uri, doc) => `/assets/${doc}/${uri}` });
    expect(custom.html).toContain('src="/assets/guide/page/x.png"');
  });

  it('refuses javascript: image sources', async () => {
    const result = await renderBody([el('image', { uri: 'javascript:alert(1)', alt: 'bad' })]);
    expect(result.html).toBe('<span class="image-unavailable">bad</span>');
    expect(result.warnings).toHaveLength(1);
  });

  it('renders a figure with figcaption holding caption and legend', async () => {
    const result = await renderBody(
      [
        el('figure', { ids: ['fig-1'], align: 'center', width: '50%' }, [
          el('image', { uri: 'a.png', alt: 'A' }),
          el('caption', {}, [text('The '), el('emphasis', {}, [text('caption')])]),
          el('legend', {}, [p(text('legend text'))]),
        ]),
      ],
      {},
      'index',
    );
    expect(result.html).toBe(
      '<figure id="fig-1" class="figure align-center" style="width: 50%"><img src="./a.png" alt="A" loading="lazy" decoding="async"><figcaption><p class="caption">The <em>caption</em></p><div class="legend"><p>legend text</p></div></figcaption></figure>',
    );
  });

  it('wraps an image in its :target: link', async () => {
    const result = await renderBody([el('reference', { refuri: 'https://x.org' }, [el('image', { uri: 'a.png', alt: 'A' })])], {}, 'index');
    expect(result.html).toBe('<a class="reference external" href="https://x.org"><img src="./a.png" alt="A" loading="lazy" decoding="async"></a>');
  });
});
