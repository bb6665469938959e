const path = require('path');
const Router = require('@koa/router');
const ejs = require('ejs');

const { requireMember } = require('../middleware/auth');
const { sampleContext } = require('../email/sampleContext');

const TEMPLATE_DIR = path.join(__dirname, '..', 'email', 'templates');
const TEMPLATES = new Set(['welcome', 'invoice', 'password-reset', 'weekly-digest']);
const MAX_DRAFT_BYTES = 64 * 1024;

const router = new Router({ prefix: '/api/email-templates' });

router.use(requireMember);

function compileDraft(source) {
  if (typeof source !== 'string' || Buffer.byteLength(source) > MAX_DRAFT_BYTES) {
    const err = new Error('draft must be a string under 64 KiB');
    err.status = 400;
    throw err;
  }
  return ejs.compile(source, { async: true, rmWhitespace: true });
}

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

// Live preview for the template editor: members paste their own draft markup.
router.post('/drafts/preview', async (ctx) => {
  const render = compileDraft(ctx.request.body.source);
  ctx.type = 'html';
  ctx.body = await render(sampleContext(ctx.state.workspace));
});

module.exports = router;
