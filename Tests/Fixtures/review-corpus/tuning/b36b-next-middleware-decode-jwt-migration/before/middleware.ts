import { NextResponse, type NextRequest } from 'next/server';
import { jwtVerify, type JWTPayload } from 'jose';

const SESSION_COOKIE = 'sid';
const ISSUER = process.env.AUTH_ISSUER ?? 'https://auth.tallyhq.io';
const AUDIENCE = 'tally-web';

const secret = new TextEncoder().encode(process.env.AUTH_JWT_SECRET);

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
    const { payload } = await jwtVerify(token, secret, {
      issuer: ISSUER,
      audience: AUDIENCE,
    });
    return payload as SessionClaims;
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
