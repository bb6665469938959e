'use strict';

const Router = require('@koa/router');
const { koaBody } = require('koa-body');

const avatars = require('../services/avatars');
const { requireLogin } = require('../middleware/auth');

const router = new Router({ prefix: '/me' });

router.use(requireLogin);

router.get('/', async (ctx) => {
  const { id, email, displayName, avatarUrl } = ctx.state.user;
  ctx.body = { id, email, displayName, avatarUrl };
});

router.put(
  '/avatar',
  koaBody({ multipart: true, formidable: { maxFileSize: 2 * 1024 * 1024 } }),
  async (ctx) => {
    const file = ctx.request.files && ctx.request.files.avatar;
    ctx.assert(file, 400, 'avatar file is required');
    ctx.assert(/^image\/(png|jpeg|webp)$/.test(file.mimetype), 415, 'unsupported image type');

    const url = await avatars.storeFromPath(ctx.state.user.id, file.filepath, file.mimetype);
    ctx.body = { avatarUrl: url };
  },
);

module.exports = router;
