import { cookies } from "next/headers";
import { NextResponse, type NextRequest } from "next/server";
import { revokeSession } from "@/lib/auth/sessions";

export async function POST(req: NextRequest) {
  const jar = cookies();
  const sid = jar.get("sid")?.value;
  if (sid) {
    await revokeSession(sid).catch((err) => {
      console.error("failed to revoke session", err);
    });
  }
  const res = NextResponse.redirect(new URL("/", req.nextUrl.origin), { status: 303 });
  res.cookies.set("sid", "", { path: "/", maxAge: 0, httpOnly: true, secure: true, sameSite: "lax" });
  return res;
}
