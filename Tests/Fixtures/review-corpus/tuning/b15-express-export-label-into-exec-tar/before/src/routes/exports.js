const express = require('express');
const path = require('path');
const { exec } = require('child_process');
const { requireUser } = require('../middleware/auth');
const Workspace = require('../models/workspace');

const router = express.Router();
const EXPORT_DIR = process.env.EXPORT_DIR || '/var/lib/app/exports';

function archiveWorkspace(workspace, label) {
  const out = path.join(EXPORT_DIR, `${workspace.id}-${label}.tar.gz`);
  return new Promise((resolve, reject) => {
    exec(`tar czf "${out}" -C "${workspace.rootDir}" .`, { timeout: 120000 }, (err) => {
      if (err) return reject(err);
      resolve(out);
    });
  });
}

router.post('/workspaces/:id/export', requireUser, async (req, res, next) => {
  try {
    const workspace = await Workspace.findOne({ _id: req.params.id, owner: req.user.id });
    if (!workspace) {
      return res.status(404).json({ error: 'not found' });
    }
    const file = await archiveWorkspace(workspace, 'latest');
    res.json({ file: path.basename(file) });
  } catch (err) {
    next(err);
  }
});

router.get('/workspaces/:id/exports', requireUser, async (req, res, next) => {
  try {
    const workspace = await Workspace.findOne({ _id: req.params.id, owner: req.user.id });
    if (!workspace) {
      return res.status(404).json({ error: 'not found' });
    }
    res.json({ exports: workspace.exports || [] });
  } catch (err) {
    next(err);
  }
});

module.exports = router;