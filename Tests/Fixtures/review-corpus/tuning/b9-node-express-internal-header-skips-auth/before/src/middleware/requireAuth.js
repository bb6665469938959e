'use strict';

const jwt = require('jsonwebtoken');
const config = require('../config');

function requireAuth(req, res, next) {
  const header = req.get('authorization') || '';
  const [scheme, token] = header.split(' ');
  if (scheme !== 'Bearer' || !token) {
    return res.status(401).json({ error: 'missing bearer token' });
  }

  try {
    const claims = jwt.verify(token, config.jwtPublicKey, {
      algorithms: ['RS256'],
      audience: config.jwtAudience,
      issuer: config.jwtIssuer,
    });
    req.user = { id: claims.sub, roles: claims.roles || [] };
    return next();
  } catch (err) {
    req.log.info({ err: err.message }, 'rejected token');
    return res.status(401).json({ error: 'invalid token' });
  }
}

module.exports = { requireAuth };
