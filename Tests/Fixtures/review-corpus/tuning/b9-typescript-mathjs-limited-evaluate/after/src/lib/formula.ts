import { all, create, type MathJsInstance } from 'mathjs';

const math: MathJsInstance = create(all, { number: 'number', precision: 64 });

// Keep a handle on evaluate before the instance is locked down below.
const limitedEvaluate = math.evaluate;

function disabled(name: string) {
  return () => {
    throw new Error(`Function ${name} is disabled`);
  };
}

math.import(
  {
    import: disabled('import'),
    createUnit: disabled('createUnit'),
    evaluate: disabled('evaluate'),
    parse: disabled('parse'),
    simplify: disabled('simplify'),
    derivative: disabled('derivative'),
    resolve: disabled('resolve'),
    reviver: disabled('reviver'),
  },
  { override: true },
);

const MAX_FORMULA_LENGTH = 200;

export class FormulaError extends Error {}

export function evaluateFormula(formula: string, scope: Record<string, number>): number {
  if (formula.length > MAX_FORMULA_LENGTH) {
    throw new FormulaError('formula too long');
  }
  const result = limitedEvaluate(formula, { ...scope });
  if (typeof result !== 'number' || !Number.isFinite(result)) {
    throw new FormulaError('formula must evaluate to a finite number');
  }
  return result;
}
