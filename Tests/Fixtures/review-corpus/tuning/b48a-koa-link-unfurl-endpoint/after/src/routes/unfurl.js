'use strict';

const Router = require('@koa/router');
const got = require('got');
const cheerio = require('cheerio');

const router = new Router({ prefix: '/api/unfurl' });

// Returns title/description/image for a pasted link so the composer can render a preview card.
router.get('/', async (ctx) => {
  const { url } = ctx.query;
  if (!url || !/^https?:\/\//i.test(url)) {
    ctx.throw(400, 'url must be http(s)');
  }

  const res = await got(url, {
    timeout: { request: 5000 },
    followRedirect: true,
    headers: { 'user-agent': 'AcmeChatUnfurl/1.0' },
  });

  const $ = cheerio.load(res.body);
  const meta = (name) =>
    $(`meta[property="og:${name}"]`).attr('content') ||
    $(`meta[name="${name}"]`).attr('content') ||
    null;

  ctx.body = {
    url: res.url,
    title: meta('title') || $('title').text() || null,
    description: meta('description'),
    image: meta('image'),
  };
});

module.exports = router;
