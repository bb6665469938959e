import { NextRequest, NextResponse } from 'next/server'

export const runtime = 'nodejs'
export const dynamic = 'force-dynamic'

const MAX_BYTES = 5 * 1024 * 1024

// Serves remote avatars/logos from our own origin so the dashboard doesn't
// leak referrers to third parties and we avoid mixed-content warnings.
export async function GET(req: NextRequest) {
  const src = req.nextUrl.searchParams.get('src')
  if (!src) {
    return NextResponse.json({ error: 'missing src' }, { status: 400 })
  }

  const upstream = await fetch(src, { cache: 'no-store', redirect: 'follow' })
  if (!upstream.ok || !upstream.body) {
    return new NextResponse(null, { status: upstream.status || 502 })
  }

  const length = Number(upstream.headers.get('content-length') ?? 0)
  if (length > MAX_BYTES) {
    return new NextResponse(null, { status: 413 })
  }

  return new NextResponse(upstream.body, {
    headers: {
      'content-type': upstream.headers.get('content-type') ?? 'application/octet-stream',
      'cache-control': 'public, max-age=86400',
    },
  })
}
