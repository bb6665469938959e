const jwt = require('jsonwebtoken');

const ISSUER = 'storefront';
const ACCESS_TTL = '15m';
const REFRESH_TTL = '14d';
const JWT_SECRET = process.env.JWT_SECRET || 'ulsb9icypfvXN3AxBrC6VVyia8hOpex255WwnCDpIgIIQrl8';

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
