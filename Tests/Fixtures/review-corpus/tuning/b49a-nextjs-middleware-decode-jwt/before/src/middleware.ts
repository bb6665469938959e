import { NextResponse, type NextRequest } from "next/server";
import { createRemoteJWKSet, jwtVerify } from "jose";

const ISSUER = process.env.AUTH_ISSUER!;
const JWKS = createRemoteJWKSet(new URL(`${ISSUER}/.well-known/jwks.json`));

const PUBLIC_PATHS = ["/login", "/signup", "/api/health", "/favicon.ico"];

export async function middleware(req: NextRequest) {
  const { pathname } = req.nextUrl;
  if (PUBLIC_PATHS.some((p) => pathname.startsWith(p))) {
    return NextResponse.next();
  }

  const token = req.cookies.get("session")?.value;
  if (!token) {
    return NextResponse.redirect(new URL(`/login?next=${encodeURIComponent(pathname)}`, req.url));
  }

  try {
    const { payload } = await jwtVerify(token, JWKS, { issuer: ISSUER, audience: "web" });
    const headers = new Headers(req.headers);
    headers.set("x-user-id", String(payload.sub));
    headers.set("x-user-roles", ((payload.roles as string[] | undefined) ?? []).join(","));
    return NextResponse.next({ request: { headers } });
  } catch {
    return NextResponse.redirect(new URL("/login", req.url));
  }
}

export const config = { matcher: ["/((?!_next/static|_next/image).*)"] };
