// Tag expressions of the `only` directive: names combined with `and`, `or`,
// `not` and parentheses, true when the name is a tag of the build
// (`html`, `format_html`, `builder_html`, and `-t` tags).
//
//     .. only:: html and not (latex or epub)

export type TagExpr =
  | { kind: 'tag'; name: string }
  | { kind: 'not'; operand: TagExpr }
  | { kind: 'and' | 'or'; left: TagExpr; right: TagExpr }
  | { kind: 'const'; value: boolean };

export class TagExpressionError extends Error {}

export function parseTagExpression(source: string): TagExpr {
  const tokens = source.match(/\(|\)|[^\s()]+/g) ?? [];
  let position = 0;
  const peek = () => tokens[position];
  const fail = (what: string): never => {
    throw new TagExpressionError(`${what} in tag expression ${JSON.stringify(source)}`);
  };

  // Precedence as in Python: or < and < not.
  const parseOr = (): TagExpr => {
    let left = parseAnd();
    while (peek() === 'or') {
      position++;
      left = { kind: 'or', left, right: parseAnd() };
    }
    return left;
  };
  const parseAnd = (): TagExpr => {
    let left = parseNot();
    while (peek() === 'and') {
      position++;
      left = { kind: 'and', left, right: parseNot() };
    }
    return left;
  };
  const parseNot = (): TagExpr => {
    if (peek() === 'not') {
      position++;
      return { kind: 'not', operand: parseNot() };
    }
    return parseAtom();
  };
  const parseAtom = (): TagExpr => {
    const token = peek();
    if (token === undefined) return fail('unexpected end');
    position++;
    if (token === '(') {
      const inner = parseOr();
      if (peek() !== ')') fail("missing ')'");
      position++;
      return inner;
    }
    if (token === 'true' || token === 'True') return { kind: 'const', value: true };
    if (token === 'false' || token === 'False') return { kind: 'const', value: false };
    if (!/^[A-Za-z_][\w.-]*$/.test(token) || ['and', 'or', 'not', ')'].includes(token)) fail(`unexpected '${token}'`);
    return { kind: 'tag', name: token };
  };

  const expression = parseOr();
  if (position < tokens.length) fail(`unexpected '${tokens[position]}'`);
  return expression;
}

export function evaluateTagExpression(expression: TagExpr, tags: ReadonlySet<string>): boolean {
  switch (expression.kind) {
    case 'const':
      return expression.value;
    case 'tag':
      return tags.has(expression.name);
    case 'not':
      return !evaluateTagExpression(expression.operand, tags);
    case 'and':
      return evaluateTagExpression(expression.left, tags) && evaluateTagExpression(expression.right, tags);
    case 'or':
      return evaluateTagExpression(expression.left, tags) || evaluateTagExpression(expression.right, tags);
  }
}

/** Whether `only` content with this expression is kept; throws TagExpressionError when malformed. */
export function tagsMatch(source: string, tags: Iterable<string>): boolean {
  return evaluateTagExpression(parseTagExpression(source), new Set(tags));
}
