'use strict';

const express = require('express');
const path = require('path');
const os = require('os');
const crypto = require('crypto');
const { execFile } = require('child_process');
const { promisify } = require('util');

const { requireUser } = require('../middleware/auth');
const logger = require('../lib/logger');

const execFileAsync = promisify(execFile);
const router = express.Router();

const RENDER_BASE = process.env.REPORT_RENDER_BASE || 'http://127.0.0.1:3000/internal/render';

router.post('/reports/:reportId/pdf', requireUser, async (req, res, next) => {
  const reportId = Number.parseInt(req.params.reportId, 10);
  if (!Number.isInteger(reportId)) {
    return res.status(400).json({ error: 'invalid report id' });
  }

  const outPath = path.join(os.tmpdir(), `report-${crypto.randomUUID()}.pdf`);
  const url = `${RENDER_BASE}/${reportId}?account=${req.user.accountId}`;

  try {
    await execFileAsync('wkhtmltopdf', ['--quiet', '--page-size', 'A4', url, outPath], {
      timeout: 60_000,
    });
    logger.info({ reportId, user: req.user.id }, 'report pdf rendered');
    res.download(outPath, `report-${reportId}.pdf`);
  } catch (err) {
    logger.error({ err, reportId }, 'wkhtmltopdf failed');
    next(err);
  }
});

module.exports = router;
