const express = require('express');
const { requireAuth, requireRole } = require('../middleware/auth');
const projects = require('../services/projects');

const router = express.Router();

router.get('/projects', requireAuth, async (req, res) => {
  res.json(await projects.listFor(req.user.id));
});

router.delete('/projects/:id', async (req, res) => {
  await projects.remove(req.params.id);
  res.sendStatus(204);
});

module.exports = router;