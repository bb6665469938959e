import { NextRequest, NextResponse } from "next/server";
import { getServerSession } from "next-auth";
import { authOptions } from "@/lib/auth";

const UNFURL_SERVICE = process.env.UNFURL_SERVICE_URL ?? "http://unfurl.internal:8080";

type Preview = { title?: string; description?: string; image?: string };

export async function GET(req: NextRequest) {
  const session = await getServerSession(authOptions);
  if (!session) {
    return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  }
  const target = req.nextUrl.searchParams.get("url");
  if (!target) {
    return NextResponse.json({ error: "url is required" }, { status: 400 });
  }

  // The unfurl service runs in its own egress-restricted namespace and refuses private ranges.
  const res = await fetch(`${UNFURL_SERVICE}/preview?url=${encodeURIComponent(target)}`, {
    headers: { "x-request-user": session.user?.email ?? "" },
    next: { revalidate: 3600 },
  });
  if (!res.ok) {
    return NextResponse.json({ error: "preview unavailable" }, { status: 502 });
  }
  const preview = (await res.json()) as Preview;
  return NextResponse.json(preview);
}
