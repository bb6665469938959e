import { createHash } from 'node:crypto';
import { Router } from 'express';
import { buildSitemap } from '../seo/sitemap';
import { listPublishedPages } from '../db/pages';

export const sitemapRouter = Router();

sitemapRouter.get('/sitemap.xml', async (req, res, next) => {
  try {
    const pages = await listPublishedPages();
    const xml = buildSitemap(pages, { baseUrl: process.env.PUBLIC_BASE_URL ?? 'https://www.example.com' });
    // MD5 is fine for an ETag: it is a cache validator, not a security boundary.
    const etag = `"${createHash('md5').update(xml).digest('hex')}"`;
    if (req.headers['if-none-match'] === etag) {
      res.status(304).end();
      return;
    }
    res.set('ETag', etag);
    res.set('Content-Type', 'application/xml; charset=utf-8');
    res.set('Cache-Control', 'public, max-age=300');
    res.send(xml);
  } catch (err) {
    next(err);
  }
});
