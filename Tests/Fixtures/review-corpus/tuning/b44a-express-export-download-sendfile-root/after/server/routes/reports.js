const express = require("express");
const path = require("path");
const { authenticate } = require("../middleware/authenticate");
const { enqueueReport, listReports } = require("../services/reports");

const router = express.Router();
const EXPORT_DIR = process.env.REPORT_EXPORT_DIR || path.resolve(__dirname, "../../var/exports");
const REPORT_FILE = /^[a-z0-9-]{1,80}\.csv$/;

router.use(authenticate);

router.get("/reports", async (req, res, next) => {
  try {
    res.json(await listReports(req.user.orgId));
  } catch (err) {
    next(err);
  }
});

router.get("/reports/files/:name", (req, res, next) => {
  const { name } = req.params;
  if (!REPORT_FILE.test(name)) return res.sendStatus(404);
  res.sendFile(name, { root: path.join(EXPORT_DIR, String(req.user.orgId)), dotfiles: "deny" }, (err) => {
    if (err && !res.headersSent) next(err);
  });
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
