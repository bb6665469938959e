import { cookies } from "next/headers";
import { NextResponse, type NextRequest } from "next/server";
import { revokeSession } from "@/lib/auth/sessions";

function sameOriginTarget(raw: FormDataEntryValue | string | null, origin: string): URL {
  const fallback = new URL("/", origin);
  if (typeof raw !== "string" || raw.length === 0) return fallback;
  try {
    const target = new URL(raw, origin);
    // Only send people back into this app: "//evil.test" and "https://evil.test"
    // resolve to a different origin and get the fallback.
    return target.origin === origin ? target : fallback;
  } catch {
    return fallback;
  }
}

export async function POST(req: NextRequest) {
  const jar = cookies();
  const sid = jar.get("sid")?.value;
  if (sid) {
    await revokeSession(sid).catch((err) => {
      console.error("failed to revoke session", err);
    });
  }
  const form = await req.formData().catch(() => null);
  const callbackUrl = form?.get("callbackUrl") ?? req.nextUrl.searchParams.get("callbackUrl");
  const res = NextResponse.redirect(sameOriginTarget(callbackUrl, req.nextUrl.origin), { status: 303 });
  res.cookies.set("sid", "", { path: "/", maxAge: 0, httpOnly: true, secure: true, sameSite: "lax" });
  return res;
}
