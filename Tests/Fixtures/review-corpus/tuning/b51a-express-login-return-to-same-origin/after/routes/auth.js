const express = require('express');
const passport = require('passport');
const rateLimit = require('express-rate-limit');

const router = express.Router();

const loginLimiter = rateLimit({ windowMs: 15 * 60 * 1000, limit: 20 });
const APP_ORIGIN = new URL(process.env.APP_BASE_URL || 'https://app.example.com').origin;
const DEFAULT_AFTER_LOGIN = '/dashboard';

// Only ever redirect within our own origin; anything else goes to the dashboard.
function safeReturnTo(raw) {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > 2048) {
    return DEFAULT_AFTER_LOGIN;
  }
  let target;
  try {
    target = new URL(raw, APP_ORIGIN);
  } catch {
    return DEFAULT_AFTER_LOGIN;
  }
  if (target.origin !== APP_ORIGIN) {
    return DEFAULT_AFTER_LOGIN;
  }
  return target.href;
}

router.get('/login', (req, res) => {
  res.render('login', {
    csrfToken: req.csrfToken(),
    error: req.flash('error'),
    returnTo: safeReturnTo(req.query.returnTo),
  });
});

router.post(
  '/login',
  loginLimiter,
  passport.authenticate('local', { failureRedirect: '/login', failureFlash: true }),
  (req, res) => {
    res.redirect(safeReturnTo(req.body.returnTo));
  }
);

router.post('/logout', (req, res, next) => {
  req.logout((err) => {
    if (err) return next(err);
    req.session.destroy(() => res.redirect('/login'));
  });
});

module.exports = router;
