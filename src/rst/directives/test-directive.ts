// restructuredtext-test-directive: reports how the directive block was split
// into arguments, options and content (docutils uses it to test directive
// parsing; it is handy for checking ours against docutils).
//
//     .. reStructuredText-test-directive:: argument
//        :option: value
//
//        content
import { text } from '../../doctree/builders.js';
import type { DirectiveSpec } from '../api.js';
import { at, hasContent, preserved } from './common.js';
import { pyListRepr, pyRepr, unchangedRequired } from './options.js';

export const testDirective: DirectiveSpec = {
  optionalArguments: 1,
  finalArgumentWhitespace: true,
  optionSpec: { option: unchangedRequired },
  hasContent: true,
  run(inv) {
    const options = '{' + Object.entries(inv.options).map(([key, value]) => `${pyRepr(key)}: ${pyRepr(String(value))}`).join(', ') + '}';
    const head = `Directive processed. Type="${inv.name}", arguments=${pyListRepr(inv.arguments)}, options=${options}, content:`;
    if (!hasContent(inv)) return [inv.reporter.info(`${head} None`, at(inv))];
    return [inv.reporter.info(head, at(inv, { children: [preserved('literal_block', {}, [text(inv.content.join('\n'))])] }))];
  },
};
