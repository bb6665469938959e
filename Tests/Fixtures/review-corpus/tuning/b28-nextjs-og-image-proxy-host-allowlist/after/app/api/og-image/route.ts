import { NextRequest, NextResponse } from 'next/server';

export const runtime = 'nodejs';

// Only our own CMS asset hosts may be proxied. Exact hostname match, no wildcards.
const ALLOWED_HOSTS = new Set([
  'images.ctfassets.net',
  'assets.acme-media.com',
]);

const MAX_BYTES = 5 * 1024 * 1024;

function parseSource(raw: string | null): URL | null {
  if (!raw) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:') return null;
  if (url.username || url.password || url.port !== '') return null;
  if (!ALLOWED_HOSTS.has(url.hostname)) return null;
  return url;
}

export async function GET(req: NextRequest) {
  const src = parseSource(req.nextUrl.searchParams.get('src'));
  if (!src) {
    return NextResponse.json({ error: 'unsupported image source' }, { status: 400 });
  }

  const upstream = await fetch(src, {
    // Never follow redirects: a redirect could leave the allow-listed hosts.
    redirect: 'error',
    signal: AbortSignal.timeout(5000),
    headers: { accept: 'image/avif,image/webp,image/png,image/jpeg' },
  }).catch(() => null);

  if (!upstream || !upstream.ok || !upstream.body) {
    return NextResponse.json({ error: 'image unavailable' }, { status: 502 });
  }

  const type = upstream.headers.get('content-type') ?? '';
  const length = Number(upstream.headers.get('content-length') ?? '0');
  if (!type.startsWith('image/') || length > MAX_BYTES) {
    return NextResponse.json({ error: 'not an image' }, { status: 415 });
  }

  return new NextResponse(upstream.body, {
    status: 200,
    headers: {
      'content-type': type,
      'cache-control': 'public, max-age=86400, immutable',
      'x-content-type-options': 'nosniff',
    },
  });
}
