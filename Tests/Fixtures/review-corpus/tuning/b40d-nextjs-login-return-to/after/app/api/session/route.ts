import { NextRequest, NextResponse } from "next/server";

import { verifyCredentials } from "@/lib/auth/credentials";
import { createSession, SESSION_COOKIE } from "@/lib/auth/session";
import { rateLimit } from "@/lib/rate-limit";

// `returnTo` comes from the login form (set by middleware when it bounces an anonymous user).
// Resolve it against our own origin and refuse anything that ends up elsewhere:
// "//evil.test", "/\\evil.test", "https://evil.test" and "javascript:..." all change the origin.
function returnTarget(raw: FormDataEntryValue | null, origin: string): URL {
  const fallback = new URL("/dashboard", origin);
  if (typeof raw !== "string" || raw === "") return fallback;
  let target: URL;
  try {
    target = new URL(raw, origin);
  } catch {
    return fallback;
  }
  return target.origin === origin ? target : fallback;
}

export async function POST(req: NextRequest) {
  const form = await req.formData();
  const email = String(form.get("email") ?? "").trim().toLowerCase();
  const password = String(form.get("password") ?? "");

  const limited = await rateLimit(`login:${email}`, { max: 10, windowSec: 300 });
  if (limited) {
    return NextResponse.redirect(new URL("/login?error=rate", req.nextUrl.origin), 303);
  }

  const user = await verifyCredentials(email, password);
  if (!user) {
    return NextResponse.redirect(new URL("/login?error=invalid", req.nextUrl.origin), 303);
  }

  const session = await createSession(user.id);
  const res = NextResponse.redirect(returnTarget(form.get("returnTo"), req.nextUrl.origin), 303);
  res.cookies.set(SESSION_COOKIE, session.token, {
    httpOnly: true,
    secure: true,
    sameSite: "lax",
    path: "/",
    maxAge: 60 * 60 * 24 * 14,
  });
  return res;
}
