import { NextResponse } from 'next/server';
import type { NextRequest } from 'next/server';
import { jwtVerify } from 'jose';

const SESSION_COOKIE = 'ledgerly_session';
const secret = new TextEncoder().encode(process.env.SESSION_SECRET);

const PUBLIC_PATHS = ['/login', '/signup', '/forgot-password', '/api/auth', '/api/health'];

function isPublic(pathname: string) {
  return PUBLIC_PATHS.some((p) => pathname === p || pathname.startsWith(`${p}/`));
}

function redirectToLogin(req: NextRequest) {
  if (req.nextUrl.pathname.startsWith('/api/')) {
    return NextResponse.json({ error: 'unauthenticated' }, { status: 401 });
  }
  const url = req.nextUrl.clone();
  url.pathname = '/login';
  url.search = '';
  url.searchParams.set('next', req.nextUrl.pathname);
  return NextResponse.redirect(url);
}

export async function middleware(req: NextRequest) {
  const { pathname } = req.nextUrl;
  if (isPublic(pathname)) return NextResponse.next();

  const token = req.cookies.get(SESSION_COOKIE)?.value;
  if (!token) return redirectToLogin(req);

  try {
    const { payload } = await jwtVerify(token, secret, {
      issuer: 'ledgerly-web',
      audience: 'ledgerly-app',
    });

    if (pathname.startsWith('/admin') && payload.role !== 'admin') {
      return NextResponse.rewrite(new URL('/403', req.url));
    }

    // Server components and route handlers read the user from these headers.
    const headers = new Headers(req.headers);
    headers.set('x-user-id', String(payload.sub));
    headers.set('x-user-role', String(payload.role ?? 'member'));
    headers.set('x-org-id', String(payload.org ?? ''));
    return NextResponse.next({ request: { headers } });
  } catch {
    return redirectToLogin(req);
  }
}

export const config = {
  matcher: ['/((?!_next/static|_next/image|favicon.ico|robots.txt).*)'],
};
