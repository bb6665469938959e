const jwt = require('jsonwebtoken');

const ISSUER = 'storefront';
const ACCESS_TTL = '15m';
const REFRESH_TTL = '14d';
const JWT_SECRET = process.env.JWT_SECRET;
if (!JWT_SECRET || JWT_SECRET.length < 32) {
  throw new Error('JWT_SECRET must be set (32+ characters)');
}

function signAccess(user, secret = JWT_SECRET) {
  return jwt.sign({ sub: String(user.id), role: user.role }, secret, {
    issuer: ISSUER,
    expiresIn: ACCESS_TTL,
  });
}

function signRefresh(user, secret = JWT_SECRET) {
  return jwt.sign({ sub: String(user.id), typ: 'refresh' }, secret, {
    issuer: ISSUER,
    expiresIn: REFRESH_TTL,
  });
}

function verify(token, secret = JWT_SECRET) {
  return jwt.verify(token, secret, { issuer: ISSUER, algorithms: ['HS256'] });
}

module.exports = { signAccess, signRefresh, verify };
