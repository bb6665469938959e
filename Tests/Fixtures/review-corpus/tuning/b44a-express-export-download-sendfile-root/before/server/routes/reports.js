const express = require("express");
const path = require("path");
const { authenticate } = require("../middleware/authenticate");
const { enqueueReport, listReports } = require("../services/reports");

const router = express.Router();
const EXPORT_DIR = process.env.REPORT_EXPORT_DIR || path.resolve(__dirname, "../../var/exports");

router.use(authenticate);

router.get("/reports", async (req, res, next) => {
  try {
    res.json(await listReports(req.user.orgId));
  } catch (err) {
    next(err);
  }
});

router.post("/reports", async (req, res, next) => {
  try {
    const job = await enqueueReport({
      orgId: req.user.orgId,
      kind: req.body.kind,
      outputDir: path.join(EXPORT_DIR, String(req.user.orgId)),
    });
    res.status(202).json({ jobId: job.id });
  } catch (err) {
    next(err);
  }
});

module.exports = router;
