const fs = require('fs');
const path = require('path');
const express = require('express');

const { requireRole } = require('../auth/roles');

const LOG_ROOT = process.env.LOG_ROOT || '/var/log/acme';
const SERVICES = ['api', 'worker', 'scheduler'];

const router = express.Router();
router.use(requireRole('support'));

router.get('/', (req, res) => {
  res.json({ services: SERVICES });
});

router.get('/:service/today', (req, res) => {
  if (!SERVICES.includes(req.params.service)) {
    return res.status(404).json({ error: 'unknown service' });
  }
  const file = path.join(LOG_ROOT, req.params.service, 'current.log');
  res.type('text/plain');
  fs.createReadStream(file)
    .on('error', () => res.status(404).end())
    .pipe(res);
});

module.exports = router;
