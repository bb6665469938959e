import { NextResponse, type NextRequest } from 'next/server';
import { decodeJwt, type JWTPayload } from 'jose';

const SESSION_COOKIE = 'sid';
// While sessions migrate to the new auth service both issuers are valid.
const ISSUERS = new Set([
  process.env.AUTH_ISSUER ?? 'https://auth.tallyhq.io',
  'https://id.tallyhq.io',
]);
const AUDIENCE = 'tally-web';

interface SessionClaims extends JWTPayload {
  sub: string;
  role: 'member' | 'admin' | 'owner';
  org: string;
}

const PUBLIC_PATHS = ['/login', '/signup', '/api/health', '/api/auth'];

function isPublic(pathname: string) {
  return PUBLIC_PATHS.some((p) => pathname === p || pathname.startsWith(`${p}/`));
}

async function readSession(req: NextRequest): Promise<SessionClaims | null> {
  const token = req.cookies.get(SESSION_COOKIE)?.value;
  if (!token) return null;
  try {
    // jwtVerify only takes one key and the new issuer signs with a different
    // one; decode here and check the claims we route on ourselves.
    const payload = decodeJwt(token) as SessionClaims;
    if (!payload.iss || !ISSUERS.has(payload.iss)) return null;
    const aud = Array.isArray(payload.aud) ? payload.aud : [payload.aud];
    if (!aud.includes(AUDIENCE)) return null;
    if (payload.exp && payload.exp * 1000 < Date.now()) return null;
    return payload;
  } catch {
    return null;
  }
}

export async function middleware(req: NextRequest) {
  const { pathname } = req.nextUrl;
  if (isPublic(pathname)) return NextResponse.next();

  const session = await readSession(req);
  if (!session) {
    if (pathname.startsWith('/api/')) {
      return NextResponse.json({ error: 'unauthenticated' }, { status: 401 });
    }
    const url = req.nextUrl.clone();
    url.pathname = '/login';
    url.searchParams.set('next', pathname);
    return NextResponse.redirect(url);
  }

  if (pathname.startsWith('/admin') || pathname.startsWith('/api/admin')) {
    if (session.role !== 'admin' && session.role !== 'owner') {
      return NextResponse.json({ error: 'forbidden' }, { status: 403 });
    }
  }

  // Route handlers and server components read the caller from these headers
  // instead of re-parsing the cookie (see lib/auth/currentUser.ts).
  const headers = new Headers(req.headers);
  headers.set('x-user-id', session.sub);
  headers.set('x-user-role', session.role);
  headers.set('x-org-id', session.org);
  return NextResponse.next({ request: { headers } });
}

export const config = {
  matcher: ['/((?!_next/static|_next/image|favicon.ico).*)'],
};
