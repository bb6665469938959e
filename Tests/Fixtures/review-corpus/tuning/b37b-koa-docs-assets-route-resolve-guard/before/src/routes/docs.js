'use strict';

const path = require('node:path');
const fs = require('node:fs/promises');
const Router = require('@koa/router');
const { marked } = require('marked');

const DOCS_ROOT = path.resolve(process.env.DOCS_ROOT || path.join(__dirname, '../../docs-build'));
const VERSIONS = ['v1', 'v2', 'v3'];

/**
 * Resolve `rel` under `root` and refuse anything that escapes it
 * (`..` segments, absolute paths, encoded separators after decoding).
 */
function resolveInside(root, rel) {
  const target = path.resolve(root, '.' + path.sep + rel);
  if (target !== root && !target.startsWith(root + path.sep)) {
    return null;
  }
  return target;
}

function versionRoot(ctx) {
  const { version } = ctx.params;
  if (!VERSIONS.includes(version)) ctx.throw(404);
  return path.join(DOCS_ROOT, version);
}

const router = new Router({ prefix: '/docs' });

router.get('/', (ctx) => {
  ctx.redirect(`/docs/${VERSIONS[VERSIONS.length - 1]}/index`);
});

router.get('/:version/:page', async (ctx) => {
  const root = versionRoot(ctx);
  const file = resolveInside(root, `${ctx.params.page}.md`);
  if (!file) ctx.throw(400, 'bad page');

  let source;
  try {
    source = await fs.readFile(file, 'utf8');
  } catch (err) {
    if (err.code === 'ENOENT') ctx.throw(404);
    throw err;
  }

  await ctx.render('docs-page', {
    version: ctx.params.version,
    versions: VERSIONS,
    html: marked.parse(source),
  });
});

module.exports = router;
