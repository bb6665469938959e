import { Router } from 'express';
import passport from 'passport';

export const authRouter = Router();

/** Only same-site relative paths: "/x" is fine, "//evil.com", "/\\evil.com" and absolute URLs are not. */
function safeNext(raw: unknown, fallback = '/app'): string {
  if (typeof raw !== 'string' || raw.length > 512) return fallback;
  if (!raw.startsWith('/') || raw.startsWith('//') || raw.startsWith('/\\')) return fallback;
  return raw;
}

authRouter.post(
  '/auth/password',
  passport.authenticate('local', { failureRedirect: '/login?error=1' }),
  (req, res) => {
    res.redirect(safeNext(req.body.next));
  },
);

authRouter.get(
  '/auth/google',
  (req, res, next) => {
    req.session.postLoginNext = safeNext(req.query.next);
    next();
  },
  passport.authenticate('google', { scope: ['openid', 'email', 'profile'] }),
);

authRouter.get(
  '/auth/google/callback',
  passport.authenticate('google', { failureRedirect: '/login?error=oauth' }),
  (req, res) => {
    const next = req.session.postLoginNext;
    delete req.session.postLoginNext;
    res.redirect(safeNext(next));
  },
);
