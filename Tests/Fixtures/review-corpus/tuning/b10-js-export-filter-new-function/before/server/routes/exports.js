const express = require("express");
const { stringify } = require("csv-stringify/sync");
const { requireUser } = require("../middleware/auth");
const shipments = require("../repositories/shipments");

const router = express.Router();

router.get("/shipments.csv", requireUser, async (req, res, next) => {
  try {
    const rows = await shipments.listForAccount(req.user.accountId, {
      from: req.query.from,
      to: req.query.to,
    });
    res.type("text/csv");
    res.attachment("shipments.csv");
    res.send(stringify(rows, { header: true, columns: ["id", "carrier", "status", "shippedAt", "weightKg"] }));
  } catch (err) {
    next(err);
  }
});

module.exports = router;
