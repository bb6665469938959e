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

  ctx.set('Cache-Control', 'public, max-age=60');
  ctx.body = { page: Number(page), items: products };
});

module.exports = router;
