const express = require('express');
const { execFile } = require('child_process');
const path = require('path');

const router = express.Router();
const REPO_DIR = path.resolve(process.env.MIRROR_DIR || '/srv/mirror');

router.get('/status', (req, res) => {
  execFile('git', ['status', '--porcelain=v1'], { cwd: REPO_DIR }, (err, stdout) => {
    if (err) {
      return res.status(500).json({ error: 'git status failed' });
    }
    res.json({ dirty: stdout.trim().length > 0 });
  });
});

router.get('/head', (req, res) => {
  execFile('git', ['rev-parse', 'HEAD'], { cwd: REPO_DIR }, (err, stdout) => {
    if (err) {
      return res.status(500).json({ error: 'git rev-parse failed' });
    }
    res.json({ sha: stdout.trim() });
  });
});

module.exports = router;
