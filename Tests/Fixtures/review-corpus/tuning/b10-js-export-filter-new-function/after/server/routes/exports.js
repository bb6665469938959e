const express = require("express");
const { stringify } = require("csv-stringify/sync");
const { requireUser } = require("../middleware/auth");
const shipments = require("../repositories/shipments");

const router = express.Router();

// ?where=row.status === 'delayed' && row.weightKg > 20
function compileFilter(expression) {
  if (!expression) return () => true;
  const predicate = new Function("row", `return (${expression});`);
  return (row) => Boolean(predicate(row));
}

router.get("/shipments.csv", requireUser, async (req, res, next) => {
  try {
    const rows = await shipments.listForAccount(req.user.accountId, {
      from: req.query.from,
      to: req.query.to,
    });
    const keep = compileFilter(req.query.where);
    res.type("text/csv");
    res.attachment("shipments.csv");
    res.send(stringify(rows.filter(keep), { header: true, columns: ["id", "carrier", "status", "shippedAt", "weightKg"] }));
  } catch (err) {
    next(err);
  }
});

module.exports = router;
