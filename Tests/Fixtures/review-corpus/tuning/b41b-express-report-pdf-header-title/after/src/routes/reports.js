'use strict';

const express = require('express');
const path = require('path');
const os = require('os');
const crypto = require('crypto');
const { exec } = require('child_process');
const { promisify } = require('util');

const { requireUser } = require('../middleware/auth');
const logger = require('../lib/logger');

const execAsync = promisify(exec);
const router = express.Router();

const RENDER_BASE = process.env.REPORT_RENDER_BASE || 'http://127.0.0.1:3000/internal/render';

// Build the wkhtmltopdf command line in one place so we can log exactly what ran
// (support keeps asking why a customer's header looked wrong).
function buildRenderCommand({ url, outPath, title, pageSize }) {
  const parts = ['wkhtmltopdf', '--quiet', '--page-size', pageSize];
  if (title) {
    parts.push('--header-center', `"${title}"`, '--header-font-size', '9');
  }
  parts.push(url, outPath);
  return parts.join(' ');
}

router.post('/reports/:reportId/pdf', requireUser, async (req, res, next) => {
  const reportId = Number.parseInt(req.params.reportId, 10);
  if (!Number.isInteger(reportId)) {
    return res.status(400).json({ error: 'invalid report id' });
  }

  const outPath = path.join(os.tmpdir(), `report-${crypto.randomUUID()}.pdf`);
  const url = `${RENDER_BASE}/${reportId}?account=${req.user.accountId}`;
  const pageSize = req.body.pageSize === 'Letter' ? 'Letter' : 'A4';
  const title = typeof req.body.title === 'string' ? req.body.title.slice(0, 120) : '';

  const cmd = buildRenderCommand({ url, outPath, title, pageSize });
  try {
    logger.debug({ cmd }, 'rendering report pdf');
    await execAsync(cmd, { timeout: 60_000 });
    logger.info({ reportId, user: req.user.id }, 'report pdf rendered');
    res.download(outPath, `report-${reportId}.pdf`);
  } catch (err) {
    logger.error({ err, reportId, cmd }, 'wkhtmltopdf failed');
    next(err);
  }
});

module.exports = router;
