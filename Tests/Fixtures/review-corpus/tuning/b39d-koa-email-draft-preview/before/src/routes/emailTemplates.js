const path = require('path');
const Router = require('@koa/router');
const ejs = require('ejs');

const { requireMember } = require('../middleware/auth');
const { sampleContext } = require('../email/sampleContext');

const TEMPLATE_DIR = path.join(__dirname, '..', 'email', 'templates');
const TEMPLATES = new Set(['welcome', 'invoice', 'password-reset', 'weekly-digest']);

const router = new Router({ prefix: '/api/email-templates' });

router.use(requireMember);

router.get('/', async (ctx) => {
  ctx.body = { templates: [...TEMPLATES] };
});

router.get('/:name/preview', async (ctx) => {
  const { name } = ctx.params;
  if (!TEMPLATES.has(name)) {
    ctx.throw(404, 'unknown template');
  }
  const file = path.join(TEMPLATE_DIR, `${name}.ejs`);
  ctx.type = 'html';
  ctx.body = await ejs.renderFile(file, sampleContext(ctx.state.workspace), {
    async: true,
  });
});

module.exports = router;
