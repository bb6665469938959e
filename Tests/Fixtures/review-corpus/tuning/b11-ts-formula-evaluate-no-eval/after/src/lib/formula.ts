// Tiny arithmetic evaluator for user-defined report columns, e.g.
//   evaluate("(revenue - cost) / revenue * 100", { revenue: 1200, cost: 800 })
// Supports + - * / parentheses, numbers and variable names. No function calls.

type Token = { kind: 'num'; value: number } | { kind: 'id'; name: string } | { kind: 'op'; op: string };

function tokenize(src: string): Token[] {
  const tokens: Token[] = [];
  const re = /\s*(?:(\d+(?:\.\d+)?)|([A-Za-z_][A-Za-z0-9_]*)|([-+*/()]))/y;
  let m: RegExpExecArray | null;
  while (re.lastIndex < src.length && (m = re.exec(src))) {
    if (m[1] !== undefined) tokens.push({ kind: 'num', value: Number(m[1]) });
    else if (m[2] !== undefined) tokens.push({ kind: 'id', name: m[2] });
    else tokens.push({ kind: 'op', op: m[3] });
  }
  if (re.lastIndex < src.trimEnd().length) {
    throw new SyntaxError(`unexpected character at ${re.lastIndex}`);
  }
  return tokens;
}

export function evaluate(src: string, vars: Record<string, number>): number {
  const tokens = tokenize(src);
  let pos = 0;
  const peek = () => tokens[pos];
  const take = () => tokens[pos++];

  function primary(): number {
    const t = take();
    if (!t) throw new SyntaxError('unexpected end of formula');
    if (t.kind === 'num') return t.value;
    if (t.kind === 'id') {
      if (!Object.prototype.hasOwnProperty.call(vars, t.name)) throw new ReferenceError(`unknown column ${t.name}`);
      return vars[t.name];
    }
    if (t.op === '-') return -primary();
    if (t.op === '(') {
      const v = sum();
      const close = take();
      if (!close || close.kind !== 'op' || close.op !== ')') throw new SyntaxError('missing )');
      return v;
    }
    throw new SyntaxError(`unexpected ${t.op}`);
  }

  function product(): number {
    let v = primary();
    for (let t = peek(); t && t.kind === 'op' && (t.op === '*' || t.op === '/'); t = peek()) {
      take();
      v = t.op === '*' ? v * primary() : v / primary();
    }
    return v;
  }

  function sum(): number {
    let v = product();
    for (let t = peek(); t && t.kind === 'op' && (t.op === '+' || t.op === '-'); t = peek()) {
      take();
      v = t.op === '+' ? v + product() : v - product();
    }
    return v;
  }

  const result = sum();
  if (pos !== tokens.length) throw new SyntaxError('trailing input');
  return result;
}