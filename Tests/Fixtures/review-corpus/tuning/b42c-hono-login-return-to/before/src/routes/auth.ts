import { Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { Env } from '../env';
import { buildAuthorizeUrl, exchangeCode } from '../auth/oidc';
import { createSession } from '../auth/session';

const STATE_COOKIE = { httpOnly: true, secure: true, sameSite: 'Lax', path: '/auth', maxAge: 600 } as const;

export const auth = new Hono<{ Bindings: Env }>();

auth.get('/login', (c) => {
  const state = crypto.randomUUID();
  setCookie(c, 'oidc_state', state, STATE_COOKIE);
  return c.redirect(buildAuthorizeUrl(c.env, state));
});

auth.get('/callback', async (c) => {
  const state = c.req.query('state');
  const expected = getCookie(c, 'oidc_state');
  deleteCookie(c, 'oidc_state', { path: '/auth' });
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

  return c.redirect('/dashboard');
});
