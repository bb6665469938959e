import { NextRequest, NextResponse } from 'next/server';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

const MAX_BYTES = 8 * 1024 * 1024;
const CACHE_SECONDS = 60 * 60 * 24;

/**
 * Proxies remote images used in CMS rich text so that they are served from our
 * origin (avoids mixed-content warnings and third-party cookies on embeds).
 *
 *   <img src="/api/image-proxy?src=https%3A%2F%2Fcdn.example.org%2Fa.png" />
 */
export async function GET(req: NextRequest) {
  const src = req.nextUrl.searchParams.get('src');
  if (!src || !/^https?:\/\//i.test(src)) {
    return NextResponse.json({ error: 'src must be an absolute http(s) URL' }, { status: 400 });
  }

  let upstream: Response;
  try {
    upstream = await fetch(src, {
      redirect: 'follow',
      headers: { accept: 'image/avif,image/webp,image/*,*/*;q=0.8' },
      signal: AbortSignal.timeout(8000),
      cache: 'no-store',
    });
  } catch (err) {
    console.warn('[image-proxy] fetch failed', src, err);
    return NextResponse.json({ error: 'upstream unreachable' }, { status: 502 });
  }

  if (!upstream.ok || !upstream.body) {
    return NextResponse.json({ error: `upstream returned ${upstream.status}` }, { status: 502 });
  }

  const length = Number(upstream.headers.get('content-length') ?? 0);
  if (length > MAX_BYTES) {
    return NextResponse.json({ error: 'image too large' }, { status: 413 });
  }

  return new NextResponse(upstream.body, {
    status: 200,
    headers: {
      'content-type': upstream.headers.get('content-type') ?? 'application/octet-stream',
      'cache-control': `public, max-age=${CACHE_SECONDS}, s-maxage=${CACHE_SECONDS}`,
      'x-content-type-options': 'nosniff',
    },
  });
}
