import type { NextApiRequest, NextApiResponse } from 'next';

import { exchangeCode } from '@/server/sso/oidc';
import { readSignedState, clearStateCookie } from '@/server/sso/state';
import { createSession, sessionCookie } from '@/server/session';
import { audit } from '@/server/audit';

export default async function callback(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'GET') {
    res.setHeader('allow', 'GET');
    return res.status(405).end();
  }

  const code = typeof req.query.code === 'string' ? req.query.code : null;
  const state = readSignedState(req, typeof req.query.state === 'string' ? req.query.state : '');
  if (!code || !state) {
    return res.redirect(302, '/login?error=sso_state');
  }

  try {
    const identity = await exchangeCode(code, state.codeVerifier);
    const session = await createSession(identity);
    await audit('sso.login', { userId: identity.userId, orgId: identity.orgId });

    res.setHeader('set-cookie', [sessionCookie(session), clearStateCookie()]);
    return res.redirect(302, '/dashboard');
  } catch (err) {
    req.log?.warn({ err }, 'sso callback failed');
    return res.redirect(302, '/login?error=sso_failed');
  }
}
