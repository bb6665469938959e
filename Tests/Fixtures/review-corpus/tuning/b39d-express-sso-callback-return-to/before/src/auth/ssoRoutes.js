const express = require('express');
const crypto = require('crypto');

const { oidc } = require('./oidcClient');
const config = require('../config');

const router = express.Router();

router.get('/sso/start', (req, res) => {
  const state = crypto.randomBytes(16).toString('hex');
  req.session.oidcState = state;
  res.redirect(oidc.authorizationUrl({ state, scope: 'openid email profile' }));
});

router.get('/sso/callback', async (req, res, next) => {
  try {
    const params = oidc.callbackParams(req);
    const tokens = await oidc.callback(config.oidc.redirectUri, params, {
      state: req.session.oidcState,
    });
    const claims = tokens.claims();
    await new Promise((resolve, reject) =>
      req.session.regenerate((err) => (err ? reject(err) : resolve())),
    );
    req.session.user = { id: claims.sub, email: claims.email };
    res.redirect('/dashboard');
  } catch (err) {
    next(err);
  }
});

module.exports = router;
