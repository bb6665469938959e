type Condition =
  | { op: "eq" | "gt" | "lt"; field: string; value: number | string }
  | { op: "and" | "or"; rules: Condition[] };

export function parseRule(source: string): Condition {
  const parsed = JSON.parse(source) as Condition;
  if (!parsed || typeof parsed !== "object" || !("op" in parsed)) {
    throw new Error("rule must be an object with an op");
  }
  return parsed;
}

export function evaluate(rule: Condition, ctx: Record<string, unknown>): boolean {
  switch (rule.op) {
    case "and":
      return rule.rules.every((r) => evaluate(r, ctx));
    case "or":
      return rule.rules.some((r) => evaluate(r, ctx));
    case "eq":
      return ctx[rule.field] === rule.value;
    case "gt":
      return Number(ctx[rule.field]) > Number(rule.value);
    case "lt":
      return Number(ctx[rule.field]) < Number(rule.value);
  }
}