const express = require('express');
const passport = require('passport');
const rateLimit = require('express-rate-limit');

const router = express.Router();

const loginLimiter = rateLimit({ windowMs: 15 * 60 * 1000, limit: 20 });

router.get('/login', (req, res) => {
  res.render('login', { csrfToken: req.csrfToken(), error: req.flash('error') });
});

router.post(
  '/login',
  loginLimiter,
  passport.authenticate('local', { failureRedirect: '/login', failureFlash: true }),
  (req, res) => {
    res.redirect('/dashboard');
  }
);

router.post('/logout', (req, res, next) => {
  req.logout((err) => {
    if (err) return next(err);
    req.session.destroy(() => res.redirect('/login'));
  });
});

module.exports = router;
