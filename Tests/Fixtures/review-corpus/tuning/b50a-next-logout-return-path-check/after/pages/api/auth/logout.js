import { serialize } from 'cookie';
import { destroySession } from '../../../lib/session';

const BASE = 'https://app.invalid';

// Only same-origin paths: "/settings?tab=2" is fine, "//evil.example" or "/\evil.example" is not.
function safeReturnPath(value) {
  if (typeof value !== 'string' || value.length > 512) return '/';
  if (!value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/';
  try {
    const url = new URL(value, BASE);
    if (url.origin !== BASE) return '/';
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return '/';
  }
}

export default async function handler(req, res) {
  if (req.method !== 'POST') {
    res.setHeader('Allow', 'POST');
    return res.status(405).end();
  }

  const sid = req.cookies.sid;
  if (sid) {
    await destroySession(sid);
  }

  res.setHeader(
    'Set-Cookie',
    serialize('sid', '', { path: '/', httpOnly: true, secure: true, sameSite: 'lax', maxAge: 0 }),
  );
  const returnTo = safeReturnPath(req.query.returnTo ?? req.body?.returnTo);
  return res.redirect(303, returnTo);
}
