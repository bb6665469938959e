import { NextRequest, NextResponse } from 'next/server';

const ALLOWED_HOSTS = new Set([
  'cdn.shopfront.dev',
  'images.shopfront.dev',
  'assets.shopfront-static.net',
]);

export const runtime = 'edge';

export async function GET(req: NextRequest) {
  const raw = req.nextUrl.searchParams.get('src');
  if (!raw) {
    return NextResponse.json({ error: 'missing src' }, { status: 400 });
  }

  let target: URL;
  try {
    target = new URL(raw);
  } catch {
    return NextResponse.json({ error: 'bad src' }, { status: 400 });
  }

  if (target.protocol !== 'https:' || !ALLOWED_HOSTS.has(target.hostname)) {
    return NextResponse.json({ error: 'host not allowed' }, { status: 403 });
  }

  const upstream = await fetch(target.toString(), {
    redirect: 'error',
    next: { revalidate: 3600 },
  });
  if (!upstream.ok || !upstream.headers.get('content-type')?.startsWith('image/')) {
    return NextResponse.json({ error: 'upstream failed' }, { status: 502 });
  }

  return new NextResponse(upstream.body, {
    headers: {
      'content-type': upstream.headers.get('content-type')!,
      'cache-control': 'public, max-age=86400, immutable',
    },
  });
}