const express = require('express');
const { exec } = require('child_process');
const path = require('path');

const router = express.Router();
const REPO_DIR = process.env.REPO_DIR || path.join(__dirname, '..', '..', 'mirror');

// GET /changelog?branch=release/2.4&limit=20
router.get('/', (req, res) => {
  const branch = req.query.branch || 'main';
  const limit = parseInt(req.query.limit, 10) || 20;

  const cmd = `git -C ${REPO_DIR} log --oneline -n ${limit} origin/${branch}`;
  exec(cmd, { timeout: 5000 }, (err, stdout, stderr) => {
    if (err) {
      req.log.warn({ err, stderr }, 'git log failed');
      return res.status(500).json({ error: 'could not read history' });
    }
    const entries = stdout
      .trim()
      .split('\n')
      .filter(Boolean)
      .map((line) => {
        const [sha, ...rest] = line.split(' ');
        return { sha, subject: rest.join(' ') };
      });
    res.json({ branch, entries });
  });
});

module.exports = router;
