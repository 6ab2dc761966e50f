import { describe, expect, it } from 'vitest';
import { el, p, renderBody, text } from './helpers.js';

describe('math (KaTeX on the server)', () => {
  it('renders inline math with KaTeX markup and MathML for screen readers', async () => {
    const result = await renderBody([p(text('E = '), el('math', {}, [text('mc^2')]))]);
    expect(result.html).toContain('<span class="math"><span class="katex">');
    expect(result.html).toContain('<math xmlns="http://www.w3.org/1998/Math/MathML">');
    expect(result.html).toContain('<annotation encoding="application/x-tex">mc^2</annotation>');
    expect(result.warnings).toEqual([]);
  });

  it('renders math_block in display mode with its equation number', async () => {
    const result = await renderBody([el('math_block', { ids: ['equation-euler'], label: 'euler', number: '1' }, [text('e^{i\\pi} + 1 = 0')])]);
    expect(result.html).toContain('<div id="equation-euler" class="math-block"><span class="eqno">(1)<a class="headerlink" href="#equation-euler"');
    expect(result.html).toContain('katex-display');
  });

  it('renders blank-line-separated parts as separate equations and aligns multi-line parts', async () => {
    const result = await renderBody([el('math_block', {}, [text('a = 1\n\nb = 2 \\\\\nc = 3')])]);
    expect(result.html.match(/katex-display/g)).toHaveLength(2);
    expect(result.html).toContain('\\begin{aligned}b = 2 \\\\\nc = 3\\end{aligned}');
  });

  it('shows the source and warns when KaTeX cannot parse the formula', async () => {
    const result = await renderBody([el('paragraph', {}, [el('math', {}, [text('\\frac{1}{')])], { start: { line: 9, column: 1 }, end: { line: 9, column: 1 } })]);
    expect(result.html).toContain('<code class="math-source">\\frac{1}{</code>');
    expect(result.warnings[0].line).toBe(9);
    expect(result.warnings[0].message).toContain('could not render math');
  });

  it('escapes the source of a failed formula', async () => {
    const result = await renderBody([el('math_block', {}, [text('\\badcommand{<script>}')])]);
    expect(result.html).toContain('<code class="math-source">\\badcommand{&#x3C;script>}</code>');
    expect(result.warnings).toHaveLength(1);
  });
});
