import { NextRequest, NextResponse } from 'next/server';

export const runtime = 'nodejs';

// Public CMS / commerce CDNs we render product imagery from. Exact host
// match only: no wildcards, no user-controlled suffixes.
const ALLOWED_HOSTS = new Set([
  'images.ctfassets.net',
  'cdn.shopify.com',
  'res.cloudinary.com',
]);

const MAX_BYTES = 8 * 1024 * 1024;

function parseAllowed(raw: string | null): URL | null {
  if (!raw) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:') return null;
  if (url.port !== '' && url.port !== '443') return null;
  if (url.username || url.password) return null;
  if (!ALLOWED_HOSTS.has(url.hostname.toLowerCase())) return null;
  return url;
}

export async function GET(req: NextRequest) {
  const target = parseAllowed(req.nextUrl.searchParams.get('url'));
  if (!target) {
    return NextResponse.json({ error: 'url not allowed' }, { status: 400 });
  }

  let upstream: Response;
  try {
    upstream = await fetch(target, {
      redirect: 'error',
      headers: { accept: 'image/avif,image/webp,image/*' },
      signal: AbortSignal.timeout(5000),
      next: { revalidate: 86400 },
    });
  } catch {
    return NextResponse.json({ error: 'upstream unavailable' }, { status: 502 });
  }

  const type = upstream.headers.get('content-type') ?? '';
  if (!upstream.ok || !type.startsWith('image/')) {
    return NextResponse.json({ error: 'not an image' }, { status: 502 });
  }
  const length = Number(upstream.headers.get('content-length') ?? '0');
  if (length > MAX_BYTES) {
    return NextResponse.json({ error: 'image too large' }, { status: 413 });
  }

  const body = await upstream.arrayBuffer();
  if (body.byteLength > MAX_BYTES) {
    return NextResponse.json({ error: 'image too large' }, { status: 413 });
  }

  return new NextResponse(body, {
    status: 200,
    headers: {
      'content-type': type,
      'cache-control': 'public, max-age=86400, immutable',
      'x-content-type-options': 'nosniff',
    },
  });
}
