/**
 * Spreadsheet-style formula evaluation for the pricing sheet editor.
 *
 * Formulas like `=base * (1 + margin) - discount` are tokenised and converted
 * to reverse Polish notation with the shunting-yard algorithm, then evaluated
 * on a numeric stack. Only numbers, named cells from `vars`, the four
 * arithmetic operators, parentheses and a small whitelist of functions are
 * understood; nothing is ever handed to eval/Function.
 */

type Token =
  | { kind: "num"; value: number }
  | { kind: "ident"; name: string }
  | { kind: "op"; op: "+" | "-" | "*" | "/" | "neg" }
  | { kind: "lparen" }
  | { kind: "rparen" }
  | { kind: "comma" };

const FUNCTIONS: Record<string, { arity: number; fn: (...a: number[]) => number }> = {
  min: { arity: 2, fn: Math.min },
  max: { arity: 2, fn: Math.max },
  round: { arity: 1, fn: (x) => Math.round(x * 100) / 100 },
  abs: { arity: 1, fn: Math.abs },
};

const PRECEDENCE = { "+": 1, "-": 1, "*": 2, "/": 2, neg: 3 } as const;

export class FormulaError extends Error {}

export function tokenize(src: string): Token[] {
  const tokens: Token[] = [];
  const re = /\s*(?:(\d+(?:\.\d+)?)|([A-Za-z_][A-Za-z0-9_]*)|(.))/gy;
  let m: RegExpExecArray | null;
  while ((m = re.exec(src)) !== null && m[0].length > 0) {
    const [, num, ident, ch] = m;
    if (num !== undefined) tokens.push({ kind: "num", value: Number(num) });
    else if (ident !== undefined) tokens.push({ kind: "ident", name: ident.toLowerCase() });
    else if (ch === "(") tokens.push({ kind: "lparen" });
    else if (ch === ")") tokens.push({ kind: "rparen" });
    else if (ch === ",") tokens.push({ kind: "comma" });
    else if (ch === "+" || ch === "-" || ch === "*" || ch === "/") {
      const prev = tokens[tokens.length - 1];
      const unary = ch === "-" && (!prev || prev.kind === "op" || prev.kind === "lparen" || prev.kind === "comma");
      tokens.push({ kind: "op", op: unary ? "neg" : ch });
    } else if (ch !== undefined && ch.trim() !== "") {
      throw new FormulaError(`unexpected character '${ch}'`);
    }
  }
  return tokens;
}

function toRpn(tokens: Token[]): (Token | { kind: "call"; name: string })[] {
  const out: (Token | { kind: "call"; name: string })[] = [];
  const stack: (Token | { kind: "call"; name: string })[] = [];
  tokens.forEach((t, i) => {
    if (t.kind === "num") out.push(t);
    else if (t.kind === "ident") {
      if (tokens[i + 1]?.kind === "lparen") {
        if (!(t.name in FUNCTIONS)) throw new FormulaError(`unknown function ${t.name}`);
        stack.push({ kind: "call", name: t.name });
      } else out.push(t);
    } else if (t.kind === "op") {
      while (stack.length) {
        const top = stack[stack.length - 1];
        if (top.kind !== "op" || PRECEDENCE[top.op] < PRECEDENCE[t.op] || (t.op === "neg" && top.op === "neg")) break;
        out.push(stack.pop()!);
      }
      stack.push(t);
    } else if (t.kind === "lparen") stack.push(t);
    else if (t.kind === "comma" || t.kind === "rparen") {
      while (stack.length && stack[stack.length - 1].kind !== "lparen") out.push(stack.pop()!);
      if (!stack.length) throw new FormulaError("mismatched parentheses");
      if (t.kind === "rparen") {
        stack.pop();
        if (stack[stack.length - 1]?.kind === "call") out.push(stack.pop()!);
      }
    }
  });
  while (stack.length) {
    const t = stack.pop()!;
    if (t.kind === "lparen") throw new FormulaError("mismatched parentheses");
    out.push(t);
  }
  return out;
}

export function evaluate(formula: string, vars: Record<string, number>): number {
  const body = formula.trim().replace(/^=/, "");
  const stack: number[] = [];
  for (const t of toRpn(tokenize(body))) {
    if (t.kind === "num") stack.push(t.value);
    else if (t.kind === "ident") {
      if (!Object.prototype.hasOwnProperty.call(vars, t.name)) throw new FormulaError(`unknown cell ${t.name}`);
      stack.push(vars[t.name]);
    } else if (t.kind === "call") {
      const { arity, fn } = FUNCTIONS[t.name];
      if (stack.length < arity) throw new FormulaError(`${t.name} expects ${arity} arguments`);
      stack.push(fn(...stack.splice(stack.length - arity, arity)));
    } else if (t.kind === "op") {
      if (t.op === "neg") {
        stack.push(-(stack.pop() ?? NaN));
        continue;
      }
      const b = stack.pop();
      const a = stack.pop();
      if (a === undefined || b === undefined) throw new FormulaError("missing operand");
      stack.push(t.op === "+" ? a + b : t.op === "-" ? a - b : t.op === "*" ? a * b : a / b);
    }
  }
  if (stack.length !== 1 || !Number.isFinite(stack[0])) throw new FormulaError("formula does not reduce to a number");
  return stack[0];
}