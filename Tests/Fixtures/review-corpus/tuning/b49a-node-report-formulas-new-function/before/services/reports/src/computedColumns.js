'use strict';

const { create, all } = require('mathjs');

const math = create(all);
// Keep a reference before locking the parser down: formulas come from the report builder UI.
const limitedEvaluate = math.evaluate;
math.import(
  {
    import: () => { throw new Error('import is disabled'); },
    createUnit: () => { throw new Error('createUnit is disabled'); },
    evaluate: () => { throw new Error('evaluate is disabled'); },
    parse: () => { throw new Error('parse is disabled'); },
  },
  { override: true },
);

/**
 * Adds user-defined computed columns to each row.
 * @param {Array<Object>} rows
 * @param {Array<{name: string, formula: string}>} columns  from report.definition.computed
 */
function applyComputedColumns(rows, columns) {
  return rows.map((row) => {
    const out = { ...row };
    for (const col of columns) {
      try {
        out[col.name] = limitedEvaluate(col.formula, { ...row });
      } catch (err) {
        out[col.name] = null;
      }
    }
    return out;
  });
}

module.exports = { applyComputedColumns };
