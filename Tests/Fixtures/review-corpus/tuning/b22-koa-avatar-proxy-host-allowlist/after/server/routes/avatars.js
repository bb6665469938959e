'use strict';

const Router = require('@koa/router');
const sharp = require('sharp');
const { requireUser } = require('../middleware/auth');
const storage = require('../lib/storage');

const router = new Router({ prefix: '/avatars' });

const MAX_BYTES = 5 * 1024 * 1024;
const SIZES = new Set([32, 64, 128, 256]);

// Hosts we import avatars from when a user signs in with GitHub or Google.
const ALLOWED_AVATAR_HOSTS = new Set([
  'avatars.githubusercontent.com',
  'lh3.googleusercontent.com',
  'secure.gravatar.com',
]);

function parseAllowedAvatarUrl(raw) {
  let url;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || url.port !== '' || url.username || url.password) {
    return null;
  }
  if (!ALLOWED_AVATAR_HOSTS.has(url.hostname)) {
    return null;
  }
  return url;
}

async function resizeToPng(buffer, size) {
  return sharp(buffer).resize(size, size, { fit: 'cover' }).png().toBuffer();
}

router.get('/:userId', async (ctx) => {
  const size = SIZES.has(Number(ctx.query.s)) ? Number(ctx.query.s) : 128;
  const key = `avatars/${encodeURIComponent(ctx.params.userId)}/${size}.png`;
  const object = await storage.get(key);
  if (!object) {
    ctx.redirect(`/static/default-avatar-${size}.png`);
    return;
  }
  ctx.set('Cache-Control', 'public, max-age=3600');
  ctx.type = 'image/png';
  ctx.body = object;
});

router.put('/me', requireUser, async (ctx) => {
  const file = ctx.request.files && ctx.request.files.avatar;
  if (!file || file.size > MAX_BYTES) {
    ctx.throw(400, 'avatar must be an image up to 5 MB');
  }
  const original = await storage.readUpload(file.filepath);
  for (const size of SIZES) {
    const png = await resizeToPng(original, size);
    await storage.put(`avatars/${ctx.state.user.id}/${size}.png`, png, 'image/png');
  }
  ctx.status = 204;
});

router.post('/me/import', requireUser, async (ctx) => {
  const url = parseAllowedAvatarUrl(ctx.request.body && ctx.request.body.url);
  if (!url) {
    ctx.throw(400, 'unsupported avatar URL');
  }

  const res = await fetch(url, { redirect: 'error', signal: AbortSignal.timeout(5000) });
  const length = Number(res.headers.get('content-length') || 0);
  if (!res.ok || length > MAX_BYTES || !String(res.headers.get('content-type')).startsWith('image/')) {
    ctx.throw(422, 'could not import avatar');
  }
  const original = Buffer.from(await res.arrayBuffer());
  if (original.length > MAX_BYTES) {
    ctx.throw(422, 'avatar too large');
  }

  for (const size of SIZES) {
    const png = await resizeToPng(original, size);
    await storage.put(`avatars/${ctx.state.user.id}/${size}.png`, png, 'image/png');
  }
  ctx.status = 204;
});

module.exports = router;
