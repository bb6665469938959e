import type { NextApiRequest, NextApiResponse } from 'next';

// Proxies remote images for link previews so the browser doesn't leak the
// viewer's IP to third-party hosts.
const MAX_BYTES = 5 * 1024 * 1024;

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const target = req.query.src;
  if (typeof target !== 'string' || !/^https?:\/\//i.test(target)) {
    return res.status(400).json({ error: 'src must be an absolute http(s) URL' });
  }

  const upstream = await fetch(target, { redirect: 'follow' });
  if (!upstream.ok) {
    return res.status(502).json({ error: `upstream responded ${upstream.status}` });
  }

  const buf = Buffer.from(await upstream.arrayBuffer());
  if (buf.byteLength > MAX_BYTES) {
    return res.status(413).end();
  }

  res.setHeader('Content-Type', upstream.headers.get('content-type') ?? 'application/octet-stream');
  res.setHeader('Cache-Control', 'public, max-age=86400, s-maxage=86400');
  return res.send(buf);
}
