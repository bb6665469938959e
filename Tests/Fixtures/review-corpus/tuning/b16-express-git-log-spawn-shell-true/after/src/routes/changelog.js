const express = require('express');
const { spawn } = require('node:child_process');

const router = express.Router();
const REPO_DIR = process.env.REPO_DIR || '/srv/repo';

router.get('/changelog', (req, res) => {
  const branch = req.query.branch || 'main';
  const limit = Math.min(parseInt(req.query.limit, 10) || 20, 100);

  const git = spawn('git', ['log', `-n${limit}`, '--pretty=format:%h %s', branch], {
    cwd: REPO_DIR,
    shell: true,
  });

  let out = '';
  git.stdout.on('data', (chunk) => {
    out += chunk;
  });
  git.on('close', (code) => {
    if (code !== 0) {
      return res.status(400).json({ error: 'unknown branch' });
    }
    res.json({
      branch,
      commits: out.split('\n').filter(Boolean).map((line) => {
        const [sha, ...msg] = line.split(' ');
        return { sha, message: msg.join(' ') };
      }),
    });
  });
});

module.exports = router;