'use strict';

const crypto = require('crypto');
const express = require('express');

const { enqueueBuild } = require('../builds/queue');
const log = require('../log').child({ module: 'github-webhook' });

const router = express.Router();
const SECRET = process.env.GITHUB_WEBHOOK_SECRET;

router.post('/webhooks/github', express.raw({ type: 'application/json', limit: '2mb' }), async (req, res) => {
  const header = req.get('x-hub-signature-256') || '';
  const expected = 'sha256=' + crypto.createHmac('sha256', SECRET).update(req.body).digest('hex');
  const a = Buffer.from(header);
  const b = Buffer.from(expected);
  if (a.length !== b.length || !crypto.timingSafeEqual(a, b)) {
    log.warn({ delivery: req.get('x-github-delivery') }, 'bad signature');
    return res.status(401).send('bad signature');
  }

  const event = req.get('x-github-event');
  const payload = JSON.parse(req.body.toString('utf8'));

  if (event === 'push' && payload.ref === `refs/heads/${payload.repository.default_branch}`) {
    await enqueueBuild({
      repo: payload.repository.full_name,
      sha: payload.after,
      pusher: payload.pusher && payload.pusher.name,
    });
    log.info({ repo: payload.repository.full_name, sha: payload.after }, 'build queued');
  }

  res.status(202).send('ok');
});

module.exports = router;
