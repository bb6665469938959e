const express = require('express');
const fs = require('fs/promises');
const path = require('path');
const { ensureAuth } = require('../auth');

const router = express.Router();
const REPORT_DIR = path.resolve(process.env.REPORT_DIR || './var/reports');

function safeResolve(name) {
  const base = path.basename(String(name));
  const full = path.resolve(REPORT_DIR, base);
  if (!full.startsWith(REPORT_DIR + path.sep)) {
    return null;
  }
  return full;
}

router.get('/reports', ensureAuth, async (req, res, next) => {
  try {
    const files = await fs.readdir(REPORT_DIR);
    res.json(files.filter((f) => f.endsWith('.csv')));
  } catch (err) {
    next(err);
  }
});

router.get('/reports/latest', ensureAuth, async (req, res, next) => {
  const full = safeResolve('latest.csv');
  res.type('text/csv');
  res.sendFile(full, (err) => err && next(err));
});

module.exports = router;