const crypto = require('crypto');
const Router = require('@koa/router');
const { listProducts } = require('../services/products');

const router = new Router();

router.get('/catalog', async (ctx) => {
  const { category, page = '1' } = ctx.query;
  const products = await listProducts({
    category,
    page: Math.max(parseInt(page, 10) || 1, 1),
    pageSize: 48,
  });

  const body = JSON.stringify({ page: Number(page), items: products });
  // Content fingerprint for conditional GETs only.
  const etag = `"${crypto.createHash('md5').update(body).digest('base64url')}"`;

  ctx.set('Cache-Control', 'public, max-age=60');
  ctx.set('ETag', etag);
  if (ctx.get('If-None-Match') === etag) {
    ctx.status = 304;
    return;
  }
  ctx.type = 'application/json';
  ctx.body = body;
});

module.exports = router;
