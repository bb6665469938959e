'use strict';

const Router = require('@koa/router');
const { koaBody } = require('koa-body');

const avatars = require('../services/avatars');
const { requireLogin } = require('../middleware/auth');

const router = new Router({ prefix: '/me' });

// Remote avatars may only come from these hosts, over HTTPS, on the default port.
const AVATAR_HOSTS = new Set(['avatars.githubusercontent.com', 'secure.gravatar.com']);
const MAX_AVATAR_BYTES = 2 * 1024 * 1024;

function parseAvatarSource(raw) {
  let url;
  try {
    url = new URL(String(raw));
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || url.port !== '' || url.username || url.password) return null;
  return AVATAR_HOSTS.has(url.hostname) ? url : null;
}

router.use(requireLogin);

router.get('/', async (ctx) => {
  const { id, email, displayName, avatarUrl } = ctx.state.user;
  ctx.body = { id, email, displayName, avatarUrl };
});

router.put(
  '/avatar',
  koaBody({ multipart: true, formidable: { maxFileSize: MAX_AVATAR_BYTES } }),
  async (ctx) => {
    const file = ctx.request.files && ctx.request.files.avatar;
    ctx.assert(file, 400, 'avatar file is required');
    ctx.assert(/^image\/(png|jpeg|webp)$/.test(file.mimetype), 415, 'unsupported image type');

    const url = await avatars.storeFromPath(ctx.state.user.id, file.filepath, file.mimetype);
    ctx.body = { avatarUrl: url };
  },
);

router.post('/avatar/import', koaBody(), async (ctx) => {
  const source = parseAvatarSource(ctx.request.body.url);
  ctx.assert(source, 422, 'avatar must be a GitHub or Gravatar image URL');

  // redirect: 'error' so an allowed host can't bounce us somewhere else.
  const res = await fetch(source, { redirect: 'error', signal: AbortSignal.timeout(5000) });
  const type = res.headers.get('content-type') || '';
  ctx.assert(res.ok && /^image\/(png|jpeg|webp)$/.test(type), 422, 'could not fetch avatar');
  const bytes = Buffer.from(await res.arrayBuffer());
  ctx.assert(bytes.length <= MAX_AVATAR_BYTES, 413, 'avatar too large');

  const url = await avatars.storeFromBuffer(ctx.state.user.id, bytes, type);
  ctx.body = { avatarUrl: url };
});

module.exports = router;
