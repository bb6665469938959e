const jwt = require('jsonwebtoken');

const ISSUER = 'storefront';
const ACCESS_TTL = '15m';
const REFRESH_TTL = '14d';

function signAccess(user, secret) {
  return jwt.sign({ sub: String(user.id), role: user.role }, secret, {
    issuer: ISSUER,
    expiresIn: ACCESS_TTL,
  });
}

function signRefresh(user, secret) {
  return jwt.sign({ sub: String(user.id), typ: 'refresh' }, secret, {
    issuer: ISSUER,
    expiresIn: REFRESH_TTL,
  });
}

function verify(token, secret) {
  return jwt.verify(token, secret, { issuer: ISSUER, algorithms: ['HS256'] });
}

module.exports = { signAccess, signRefresh, verify };
