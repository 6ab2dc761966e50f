import { describe, expect, it } from 'vitest';
import { el, p, renderBody, text } from './helpers.js';

describe('system messages and problematic text', () => {
  it('shows a warning box with level, source and line, linked from the problematic text', async () => {
    const result = await renderBody([
      p(el('problematic', { ids: ['problematic-1'], refid: 'system-message-1' }, [text(':abbr:`X`')])),
      el('system_message', { level: 3, type: 'ERROR', line: 45, source: 'k8s/oom.rst', ids: ['system-message-1'], backrefs: ['problematic-1'] }, [
        p(text('Unknown interpreted text role "abbr".')),
      ]),
    ]);
    expect(result.html).toContain('<a id="problematic-1" class="problematic" href="#system-message-1">:abbr:`X`</a>');
    expect(result.html).toContain(
      '<div id="system-message-1" class="system-message level-error" role="note" aria-labelledby="system-message-1-title"><p class="system-message-title" id="system-message-1-title" title="k8s/oom.rst">System Message: ERROR/3 (oom.rst, line 45) <a href="#problematic-1" class="system-message-backref">backlink</a></p><p>Unknown interpreted text role "abbr".</p></div>',
    );
  });

  it('leaves INFO messages out of the page, like docutils at the default report level', async () => {
    const result = await renderBody([el('system_message', { level: 1, type: 'INFO', line: 2 }, [p(text('No role entry'))])]);
    expect(result.html).toBe('');
  });
});
