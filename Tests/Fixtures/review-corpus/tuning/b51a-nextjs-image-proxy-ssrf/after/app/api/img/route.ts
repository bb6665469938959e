import { NextRequest, NextResponse } from "next/server";

export const runtime = "nodejs";

const MAX_BYTES = 8 * 1024 * 1024;
const CACHE_HEADER = "public, max-age=86400, stale-while-revalidate=604800";

function parseSource(raw: string | null): URL | null {
  if (!raw) return null;
  try {
    const url = new URL(raw);
    if (url.protocol !== "http:" && url.protocol !== "https:") {
      return null;
    }
    return url;
  } catch {
    return null;
  }
}

// Proxies editor images through our origin so pasted third-party images
// don't leak reader IPs and aren't blocked by the CSP img-src list.
export async function GET(req: NextRequest) {
  const source = parseSource(req.nextUrl.searchParams.get("src"));
  if (!source) {
    return NextResponse.json({ error: "invalid src" }, { status: 400 });
  }

  const upstream = await fetch(source, {
    redirect: "follow",
    headers: { "user-agent": "acme-image-proxy/1.2" },
    cache: "no-store",
  });

  if (!upstream.ok || !upstream.body) {
    return NextResponse.json({ error: "upstream failed" }, { status: 502 });
  }

  const length = Number(upstream.headers.get("content-length") ?? 0);
  if (length > MAX_BYTES) {
    return NextResponse.json({ error: "image too large" }, { status: 413 });
  }

  return new NextResponse(upstream.body, {
    status: 200,
    headers: {
      "content-type": upstream.headers.get("content-type") ?? "application/octet-stream",
      "cache-control": CACHE_HEADER,
    },
  });
}
