import type { NextApiRequest, NextApiResponse } from 'next';
import { getServerSession } from 'next-auth/next';

import { authOptions } from '@/lib/auth';
import { logger } from '@/lib/logger';

type Preview = {
  url: string;
  title: string | null;
  description: string | null;
  image: string | null;
};

const MAX_HTML_BYTES = 512 * 1024;

function metaContent(html: string, prop: string): string | null {
  const re = new RegExp(
    `<meta[^>]+(?:property|name)=["']${prop}["'][^>]*content=["']([^"']*)["']`,
    'i',
  );
  return re.exec(html)?.[1] ?? null;
}

function titleOf(html: string): string | null {
  return metaContent(html, 'og:title') ?? /<title>([^<]*)<\/title>/i.exec(html)?.[1] ?? null;
}

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await getServerSession(req, res, authOptions);
  if (!session) {
    return res.status(401).json({ error: 'unauthorized' });
  }

  const raw = Array.isArray(req.query.url) ? req.query.url[0] : req.query.url;
  let target: URL;
  try {
    target = new URL(raw ?? '');
  } catch {
    return res.status(400).json({ error: 'invalid url' });
  }
  if (target.protocol !== 'http:' && target.protocol !== 'https:') {
    return res.status(400).json({ error: 'unsupported scheme' });
  }

  try {
    const upstream = await fetch(target, {
      redirect: 'follow',
      headers: { 'user-agent': 'NotepadBot/1.0 (+https://notepad.app/bot)' },
      signal: AbortSignal.timeout(5000),
    });
    const html = (await upstream.text()).slice(0, MAX_HTML_BYTES);

    const preview: Preview = {
      url: upstream.url,
      title: titleOf(html),
      description: metaContent(html, 'og:description') ?? metaContent(html, 'description'),
      image: metaContent(html, 'og:image'),
    };
    if (!preview.title && !preview.description) {
      // Plain-text or JSON responses: show the start of the body so the card isn't empty.
      preview.description = html.slice(0, 280);
    }

    res.setHeader('cache-control', 'private, max-age=300');
    return res.status(200).json(preview);
  } catch (err) {
    logger.warn({ err, url: target.toString() }, 'link preview failed');
    return res.status(502).json({ error: 'could not fetch preview' });
  }
}
