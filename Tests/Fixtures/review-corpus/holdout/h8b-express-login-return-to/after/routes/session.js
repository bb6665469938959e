const express = require('express');
const passport = require('passport');
const rateLimit = require('express-rate-limit');

const router = express.Router();

const loginLimiter = rateLimit({ windowMs: 15 * 60 * 1000, max: 20, standardHeaders: true });

router.get('/login', (req, res) => {
  res.render('session/login', {
    csrfToken: req.csrfToken(),
    error: req.flash('error'),
    returnTo: req.query.returnTo || '',
  });
});

router.post(
  '/login',
  loginLimiter,
  passport.authenticate('local', { failureRedirect: '/login', failureFlash: true }),
  (req, res) => {
    req.session.lastLoginAt = Date.now();
    // send people back to the page that bounced them to /login
    res.redirect(req.body.returnTo || '/dashboard');
  },
);

router.post('/logout', (req, res, next) => {
  req.logout((err) => {
    if (err) return next(err);
    req.session.destroy(() => res.redirect('/login'));
  });
});

module.exports = router;
