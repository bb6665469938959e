import { NextRequest, NextResponse } from "next/server";
import * as cheerio from "cheerio";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

function bad(message: string) {
  return NextResponse.json({ error: message }, { status: 400 });
}

export async function GET(req: NextRequest) {
  const target = req.nextUrl.searchParams.get("url");
  if (!target) return bad("url is required");

  let url: URL;
  try {
    url = new URL(target);
  } catch {
    return bad("url is not valid");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return bad("unsupported scheme");

  const upstream = await fetch(url, {
    redirect: "follow",
    headers: { "user-agent": "AcmeLinkPreview/1.2 (+https://acme.example/bot)" },
    cache: "no-store",
  });
  const html = await upstream.text();
  const $ = cheerio.load(html);
  const meta = (key: string) =>
    $(`meta[property="${key}"]`).attr("content") ?? $(`meta[name="${key}"]`).attr("content") ?? null;

  return NextResponse.json({
    status: upstream.status,
    title: meta("og:title") ?? ($("title").text() || null),
    description: meta("og:description"),
    image: meta("og:image"),
    // makes empty previews easier to debug from the composer
    body: upstream.ok ? undefined : html.slice(0, 4000),
  });
}
