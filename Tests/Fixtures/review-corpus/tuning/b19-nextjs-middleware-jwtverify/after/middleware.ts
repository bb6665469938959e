import { NextResponse, type NextRequest } from 'next/server';
import { createRemoteJWKSet, jwtVerify, errors as joseErrors } from 'jose';

const ISSUER = process.env.AUTH_ISSUER ?? 'https://auth.tallyhq.com/';
const AUDIENCE = process.env.AUTH_AUDIENCE ?? 'tally-web';
const SESSION_COOKIE = '__Host-tally_session';

const JWKS = createRemoteJWKSet(new URL('.well-known/jwks.json', ISSUER), {
  cooldownDuration: 30_000,
  cacheMaxAge: 10 * 60_000,
});

const PUBLIC_API_PREFIXES = ['/api/auth/', '/api/health', '/api/webhooks/stripe'];

function isPublicApi(pathname: string): boolean {
  return PUBLIC_API_PREFIXES.some((prefix) => pathname === prefix || pathname.startsWith(prefix));
}

function unauthorised(req: NextRequest): NextResponse {
  if (req.nextUrl.pathname.startsWith('/api/')) {
    return NextResponse.json({ error: 'unauthorised' }, { status: 401 });
  }
  const login = new URL('/login', req.url);
  login.searchParams.set('next', req.nextUrl.pathname + req.nextUrl.search);
  const res = NextResponse.redirect(login);
  res.cookies.delete(SESSION_COOKIE);
  return res;
}

export async function middleware(req: NextRequest) {
  const { pathname } = req.nextUrl;
  if (isPublicApi(pathname)) {
    return NextResponse.next();
  }

  const token = req.cookies.get(SESSION_COOKIE)?.value;
  if (!token) {
    return unauthorised(req);
  }

  try {
    const { payload } = await jwtVerify(token, JWKS, {
      issuer: ISSUER,
      audience: AUDIENCE,
      algorithms: ['RS256'],
      clockTolerance: 30,
    });

    if (typeof payload.sub !== 'string' || typeof payload.org !== 'string') {
      return unauthorised(req);
    }

    const headers = new Headers(req.headers);
    headers.delete('x-user-id');
    headers.delete('x-org-id');
    headers.set('x-user-id', payload.sub);
    headers.set('x-org-id', payload.org);
    return NextResponse.next({ request: { headers } });
  } catch (err) {
    if (!(err instanceof joseErrors.JOSEError)) {
      console.error('session verification failed unexpectedly', err);
    }
    return unauthorised(req);
  }
}

export const config = {
  matcher: ['/dashboard/:path*', '/settings/:path*', '/api/:path*'],
};