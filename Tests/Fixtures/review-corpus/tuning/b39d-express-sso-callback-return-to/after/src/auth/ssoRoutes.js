const express = require('express');
const crypto = require('crypto');

const { oidc } = require('./oidcClient');
const config = require('../config');

const router = express.Router();

// Resolve the requested return path against our own origin and keep it only
// if it stays on that origin; "//evil.test", "/\\evil.test" and absolute URLs
// all resolve to a different origin and fall back to the dashboard.
function safeReturnTo(raw) {
  if (typeof raw !== 'string' || raw.length > 2048) return '/dashboard';
  let target;
  try {
    target = new URL(raw, config.appOrigin);
  } catch {
    return '/dashboard';
  }
  if (target.origin !== config.appOrigin) return '/dashboard';
  // "/.//evil.test" keeps our origin but normalises to the path "//evil.test".
  if (target.pathname.startsWith('//')) return '/dashboard';
  return target.pathname + target.search + target.hash;
}

router.get('/sso/start', (req, res) => {
  const state = crypto.randomBytes(16).toString('hex');
  req.session.oidcState = state;
  req.session.returnTo = safeReturnTo(req.query.returnTo);
  res.redirect(oidc.authorizationUrl({ state, scope: 'openid email profile' }));
});

router.get('/sso/callback', async (req, res, next) => {
  try {
    const params = oidc.callbackParams(req);
    const tokens = await oidc.callback(config.oidc.redirectUri, params, {
      state: req.session.oidcState,
    });
    const claims = tokens.claims();
    const returnTo = req.session.returnTo || '/dashboard';
    await new Promise((resolve, reject) =>
      req.session.regenerate((err) => (err ? reject(err) : resolve())),
    );
    req.session.user = { id: claims.sub, email: claims.email };
    res.redirect(safeReturnTo(returnTo));
  } catch (err) {
    next(err);
  }
});

module.exports = router;
