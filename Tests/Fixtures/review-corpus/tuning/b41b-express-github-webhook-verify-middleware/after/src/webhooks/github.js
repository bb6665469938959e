'use strict';

const crypto = require('crypto');
const express = require('express');

const { enqueueBuild, cancelBuildsForRef } = require('../builds/queue');
const log = require('../log').child({ module: 'github-webhook' });

const router = express.Router();

function verifyGithubSignature(secret) {
  if (!secret) {
    throw new Error('GITHUB_WEBHOOK_SECRET must be set');
  }
  return (req, res, next) => {
    const header = req.get('x-hub-signature-256') || '';
    const expected = 'sha256=' + crypto.createHmac('sha256', secret).update(req.body).digest('hex');
    const a = Buffer.from(header);
    const b = Buffer.from(expected);
    if (a.length !== b.length || !crypto.timingSafeEqual(a, b)) {
      log.warn({ delivery: req.get('x-github-delivery') }, 'bad signature');
      return res.status(401).send('bad signature');
    }
    req.githubEvent = req.get('x-github-event');
    req.githubPayload = JSON.parse(req.body.toString('utf8'));
    next();
  };
}

async function onPush(payload) {
  const repo = payload.repository.full_name;
  if (payload.deleted) {
    await cancelBuildsForRef(repo, payload.ref);
    log.info({ repo, ref: payload.ref }, 'branch deleted, builds cancelled');
    return;
  }
  if (payload.ref === `refs/heads/${payload.repository.default_branch}`) {
    await enqueueBuild({ repo, sha: payload.after, pusher: payload.pusher && payload.pusher.name });
    log.info({ repo, sha: payload.after }, 'build queued');
  }
}

router.post(
  '/webhooks/github',
  express.raw({ type: 'application/json', limit: '2mb' }),
  verifyGithubSignature(process.env.GITHUB_WEBHOOK_SECRET),
  async (req, res, next) => {
    try {
      if (req.githubEvent === 'push') {
        await onPush(req.githubPayload);
      }
      res.status(202).send('ok');
    } catch (err) {
      next(err);
    }
  },
);

module.exports = router;
