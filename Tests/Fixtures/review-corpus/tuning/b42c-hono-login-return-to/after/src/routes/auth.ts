import { Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { Env } from '../env';
import { buildAuthorizeUrl, exchangeCode } from '../auth/oidc';
import { createSession } from '../auth/session';

const STATE_COOKIE = { httpOnly: true, secure: true, sameSite: 'Lax', path: '/auth', maxAge: 600 } as const;
const DEFAULT_LANDING = '/dashboard';

/**
 * Deep links (e.g. a shared report URL) bounce through /auth/login?returnTo=...; send the
 * user back there after login, as an absolute URL on our own origin.
 */
export function resolveReturnTo(raw: string | undefined, appOrigin: string): string {
  const home = new URL(DEFAULT_LANDING, appOrigin);
  if (!raw) return home.href;
  let target: URL;
  try {
    target = new URL(raw, home);
  } catch {
    return home.href;
  }
  return target.origin === home.origin ? target.href : home.href;
}

export const auth = new Hono<{ Bindings: Env }>();

auth.get('/login', (c) => {
  const state = crypto.randomUUID();
  setCookie(c, 'oidc_state', state, STATE_COOKIE);
  const returnTo = c.req.query('returnTo');
  if (returnTo) {
    setCookie(c, 'return_to', returnTo.slice(0, 2048), STATE_COOKIE);
  }
  return c.redirect(buildAuthorizeUrl(c.env, state));
});

auth.get('/callback', async (c) => {
  const state = c.req.query('state');
  const expected = getCookie(c, 'oidc_state');
  const returnTo = getCookie(c, 'return_to');
  deleteCookie(c, 'oidc_state', { path: '/auth' });
  deleteCookie(c, 'return_to', { path: '/auth' });
  if (!state || !expected || state !== expected) {
    return c.text('invalid login state', 400);
  }

  const code = c.req.query('code');
  if (!code) {
    return c.text('missing code', 400);
  }

  const claims = await exchangeCode(c.env, code);
  const sessionId = await createSession(c.env, claims);
  setCookie(c, 'sid', sessionId, { httpOnly: true, secure: true, sameSite: 'Lax', path: '/', maxAge: 60 * 60 * 8 });

  return c.redirect(resolveReturnTo(returnTo, c.env.APP_ORIGIN));
});
