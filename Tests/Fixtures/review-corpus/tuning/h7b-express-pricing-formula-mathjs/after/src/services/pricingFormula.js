'use strict';

/**
 * Merchants can define a price adjustment formula per product collection, e.g.
 *   base * 1.2 + shipping
 *   max(base - 10, base * 0.9)
 * Formulas are evaluated with mathjs' expression parser, never with JS eval.
 * Hardening follows https://mathjs.org/docs/expressions/security.html
 */

const { create, all } = require('mathjs');

const math = create(all, { number: 'number' });

// Keep a reference before we shadow the dangerous functions below.
const limitedParse = math.parse;

const disabled = (name) =>
  function () {
    throw new Error(`Function ${name} is disabled in pricing formulas`);
  };

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

const ALLOWED_VARIABLES = new Set(['base', 'shipping', 'quantity', 'weightKg']);
const MAX_LENGTH = 200;

class FormulaError extends Error {
  constructor(message) {
    super(message);
    this.name = 'FormulaError';
    this.status = 422;
  }
}

function compileFormula(source) {
  if (typeof source !== 'string' || source.length === 0 || source.length > MAX_LENGTH) {
    throw new FormulaError(`formula must be 1-${MAX_LENGTH} characters`);
  }

  let node;
  try {
    node = limitedParse(source);
  } catch (err) {
    throw new FormulaError(`invalid formula: ${err.message}`);
  }

  node.traverse((n) => {
    if (n.isAssignmentNode || n.isFunctionAssignmentNode) {
      throw new FormulaError('assignments are not allowed');
    }
    if (n.isSymbolNode && !ALLOWED_VARIABLES.has(n.name) && typeof math[n.name] !== 'function') {
      throw new FormulaError(`unknown variable "${n.name}"`);
    }
  });

  const code = node.compile();
  return function price(vars) {
    const scope = {};
    for (const key of ALLOWED_VARIABLES) {
      scope[key] = Number(vars[key] ?? 0);
    }
    const result = code.evaluate(scope);
    if (typeof result !== 'number' || !Number.isFinite(result)) {
      throw new FormulaError('formula did not produce a number');
    }
    return Math.max(0, Math.round(result * 100) / 100);
  };
}

module.exports = { compileFormula, FormulaError, ALLOWED_VARIABLES };
