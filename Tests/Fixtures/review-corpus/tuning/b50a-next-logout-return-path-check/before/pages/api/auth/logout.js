import { serialize } from 'cookie';
import { destroySession } from '../../../lib/session';

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
  return res.redirect(303, '/');
}
