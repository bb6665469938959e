'use strict';

const fp = require('fastify-plugin');
const { request } = require('undici');
const sharp = require('sharp');

const ALLOWED_HOSTS = new Set([
  'images.unsplash.com',
  'cdn.shopify.com',
  'res.cloudinary.com',
  'avatars.githubusercontent.com',
]);

const MAX_BYTES = 8 * 1024 * 1024;
const MAX_WIDTH = 2048;

function parseTarget(raw) {
  let url;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:') return null;
  if (!ALLOWED_HOSTS.has(url.hostname)) return null;
  if (url.port && url.port !== '443') return null;
  return url;
}

async function download(url, log) {
  const res = await request(url, {
    method: 'GET',
    maxRedirections: 0,
    headersTimeout: 5000,
    bodyTimeout: 10000,
    headers: { 'user-agent': 'storefront-image-proxy/1.4' },
  });
  if (res.statusCode !== 200) {
    log.warn({ status: res.statusCode, host: url.hostname }, 'upstream image not available');
    await res.body.dump();
    return null;
  }
  const chunks = [];
  let size = 0;
  for await (const chunk of res.body) {
    size += chunk.length;
    if (size > MAX_BYTES) {
      res.body.destroy();
      return null;
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

async function imageProxy(fastify) {
  fastify.get('/img', {
    schema: {
      querystring: {
        type: 'object',
        required: ['src'],
        properties: {
          src: { type: 'string', maxLength: 2048 },
          w: { type: 'integer', minimum: 16, maximum: MAX_WIDTH },
          fmt: { type: 'string', enum: ['webp', 'avif', 'jpeg'] },
        },
      },
    },
  }, async (req, reply) => {
    const target = parseTarget(req.query.src);
    if (!target) {
      return reply.code(400).send({ error: 'image host not allowed' });
    }

    const original = await download(target, req.log);
    if (!original) {
      return reply.code(502).send({ error: 'could not fetch image' });
    }

    const fmt = req.query.fmt || 'webp';
    let pipeline = sharp(original, { limitInputPixels: 40_000_000 });
    if (req.query.w) pipeline = pipeline.resize({ width: req.query.w, withoutEnlargement: true });
    const out = await pipeline.toFormat(fmt).toBuffer();

    return reply
      .header('cache-control', 'public, max-age=86400, immutable')
      .type(`image/${fmt}`)
      .send(out);
  });
}

module.exports = fp(imageProxy, { name: 'image-proxy' });
