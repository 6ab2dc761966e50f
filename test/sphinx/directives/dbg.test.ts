import { it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { textContent } from '../../../src/doctree/builders.js';
import { build } from './harness.js';
it('dbg', () => {
  const files: Record<string, Uint8Array> = {};
  for (const f of ['restart.py', 'restart_v1.py', 'tabs.py']) files['content/' + f] = readFileSync('/tmp/orc/src/' + f);
  const r = build(readFileSync('/tmp/orc/src/index.rst', 'utf8'), { files });
  const blocks = r.find('literal_block').filter((b) => b.data?.source).map((b) => ({
    text: textContent(b), hl: b.data?.highlightArgs, linenos: b.attributes.linenos === true, language: b.attributes.language ?? null,
    classes: b.attributes.classes ?? [], force: b.attributes.force,
  }));
  writeFileSync('/tmp/orc/ours.json', JSON.stringify(blocks));
  writeFileSync('/tmp/orc/ours-warn.txt', r.messages.join('\n') + '\n');
});
