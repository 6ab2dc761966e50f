// raw: output-format-specific text passed through untouched.
//
//     .. raw:: html
//
//        <hr width=50 size=10>
//
//     .. raw:: latex html
//        :file: inclusion.txt
//
// `:url:` is refused: the parser never touches the network.
import { text } from '../../doctree/builders.js';
import type { DirectiveSpec } from '../api.js';
import { here, hasContent, preserved } from './common.js';
import { FileProblem, readInputFile, resolveInputPath } from './files.js';
import { classOption, encoding, path, uri } from './options.js';

export const raw: DirectiveSpec = {
  requiredArguments: 1,
  finalArgumentWhitespace: true,
  optionSpec: { file: path, url: uri, encoding, class: classOption },
  hasContent: true,
  run(inv) {
    const settings = inv.document.settings;
    const options = inv.options;
    const external = 'file' in options || 'url' in options;
    if (!settings.rawEnabled || (!settings.fileInsertionEnabled && external)) {
      throw inv.warning(`"${inv.name}" directive disabled.`);
    }
    const attributes: Record<string, string | string[]> = { format: inv.arguments[0]!.toLowerCase().split(/\s+/).filter(Boolean).join(' ') };
    if (Array.isArray(options.class)) attributes.classes = options.class as string[];
    let body: string;
    if (hasContent(inv)) {
      if (external) throw inv.error(`"${inv.name}" directive may not both specify an external file and have content.`);
      body = inv.content.join('\n');
    } else if ('file' in options) {
      if ('url' in options) throw inv.error(`The "file" and "url" options may not be simultaneously specified for the "${inv.name}" directive.`);
      const file = resolveInputPath(inv, options.file as string);
      try {
        body = readInputFile(inv, file, options.encoding as string | undefined);
      } catch (error) {
        if (!(error instanceof FileProblem)) throw error;
        if (error.kind === 'path') throw inv.error(`Problems with "${inv.name}" directive path:\n${error.message}.`);
        throw inv.error(`Problem with "${inv.name}" directive:\n${error.message}`);
      }
      attributes.source = file.display;
    } else if ('url' in options) {
      throw inv.error(`Problems with "${inv.name}" directive URL "${options.url}":\nrstro does not fetch URLs; download the file and use the "file" option.`);
    } else {
      throw inv.error(`Content block expected for the "${inv.name}" directive; none found.`);
    }
    const position = here(inv);
    const node = preserved('raw', attributes, [text(body, position)], position);
    return [node];
  },
};
