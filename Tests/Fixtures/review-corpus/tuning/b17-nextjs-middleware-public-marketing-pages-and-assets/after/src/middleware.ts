import { NextResponse, type NextRequest } from "next/server";
import { jwtVerify, createRemoteJWKSet, type JWTPayload } from "jose";

const ISSUER = process.env.AUTH_ISSUER!;
const AUDIENCE = process.env.AUTH_AUDIENCE!;
const JWKS = createRemoteJWKSet(new URL(`${ISSUER}.well-known/jwks.json`));

const SESSION_COOKIE = "__Host-session";

// Pages anyone can see without signing in.
const PUBLIC_PATHS = ["/", "/login", "/signup", "/reset-password"];
// Marketing sections: the section root and anything below it are public.
const PUBLIC_SECTIONS = ["/pricing", "/blog", "/changelog"];

function isPublic(pathname: string): boolean {
  if (PUBLIC_PATHS.includes(pathname)) return true;
  return PUBLIC_SECTIONS.some((p) => pathname === p || pathname.startsWith(`${p}/`));
}

async function verify(token: string): Promise<JWTPayload | null> {
  try {
    const { payload } = await jwtVerify(token, JWKS, {
      issuer: ISSUER,
      audience: AUDIENCE,
      algorithms: ["RS256"],
    });
    return payload;
  } catch {
    return null;
  }
}

export async function middleware(req: NextRequest) {
  const { pathname, search } = req.nextUrl;

  if (isPublic(pathname)) {
    return NextResponse.next();
  }

  const token = req.cookies.get(SESSION_COOKIE)?.value;
  const claims = token ? await verify(token) : null;

  if (!claims) {
    if (pathname.startsWith("/api/")) {
      return NextResponse.json({ error: "unauthorized" }, { status: 401 });
    }
    const login = new URL("/login", req.url);
    login.searchParams.set("next", pathname + search);
    return NextResponse.redirect(login);
  }

  if (pathname.startsWith("/admin") && claims.role !== "admin") {
    return NextResponse.rewrite(new URL("/403", req.url));
  }

  const headers = new Headers(req.headers);
  headers.set("x-user-id", String(claims.sub));
  headers.set("x-user-role", String(claims.role ?? "member"));
  return NextResponse.next({ request: { headers } });
}

export const config = {
  // Static files never need a session; skipping them saves a JWKS check per asset.
  matcher: [
    "/((?!api/auth|_next/static|_next/image|favicon.ico|robots.txt|sitemap.xml|fonts/|images/).*)",
  ],
};