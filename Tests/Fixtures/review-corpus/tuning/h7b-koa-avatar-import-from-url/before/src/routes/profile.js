'use strict';

const Router = require('@koa/router');
const crypto = require('crypto');
const got = require('got');
const sharp = require('sharp');

const { requireUser } = require('../middleware/auth');
const storage = require('../lib/storage');
const log = require('../lib/logger').child({ module: 'profile' });

const router = new Router({ prefix: '/api/profile' });

const AVATAR_SIZE = 256;
const MAX_AVATAR_BYTES = 2 * 1024 * 1024;

async function downloadImage(url) {
  const res = await got(url, {
    timeout: { request: 5000 },
    responseType: 'buffer',
    headers: { 'user-agent': 'tandem-avatar-fetcher/1.2' },
  });
  if (res.body.length > MAX_AVATAR_BYTES) {
    throw new Error('avatar too large');
  }
  return { body: res.body, type: res.headers['content-type'] };
}

function gravatarUrl(email) {
  const hash = crypto.createHash('md5').update(email.trim().toLowerCase()).digest('hex');
  return `https://www.gravatar.com/avatar/${hash}?s=${AVATAR_SIZE}&d=404`;
}

router.get('/', requireUser, async (ctx) => {
  const { id, email, displayName, avatarKey } = ctx.state.user;
  ctx.body = {
    id,
    email,
    displayName,
    avatar: avatarKey ? storage.publicUrl(avatarKey) : null,
  };
});

router.patch('/', requireUser, async (ctx) => {
  const { displayName } = ctx.request.body || {};
  if (typeof displayName !== 'string' || displayName.trim().length === 0 || displayName.length > 80) {
    ctx.throw(400, 'displayName must be 1-80 characters');
  }
  await ctx.state.user.update({ displayName: displayName.trim() });
  ctx.status = 204;
});

router.post('/avatar/import', requireUser, async (ctx) => {
  const user = ctx.state.user;
  const source = gravatarUrl(user.email);

  let image;
  try {
    image = await downloadImage(source);
  } catch (err) {
    log.info({ err, userId: user.id }, 'gravatar import failed');
    ctx.throw(422, 'No Gravatar found for this account');
  }

  const resized = await sharp(image.body).resize(AVATAR_SIZE, AVATAR_SIZE).png().toBuffer();
  const key = `avatars/${user.id}.png`;
  await storage.put(key, resized, { contentType: 'image/png' });
  await user.update({ avatarKey: key });

  ctx.body = { avatar: storage.publicUrl(key) };
});

router.delete('/avatar', requireUser, async (ctx) => {
  const user = ctx.state.user;
  if (user.avatarKey) {
    await storage.remove(user.avatarKey);
    await user.update({ avatarKey: null });
  }
  ctx.status = 204;
});

module.exports = router;
