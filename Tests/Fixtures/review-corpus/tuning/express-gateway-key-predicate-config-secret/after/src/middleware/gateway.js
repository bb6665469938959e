const crypto = require('node:crypto');
const config = require('../config');

function fromGateway(req) {
  const presented = Buffer.from(req.get('x-gateway-key') || '');
  const expected = Buffer.from(config.gatewayKey);
  return presented.length === expected.length && crypto.timingSafeEqual(presented, expected);
}

function requireGatewayOrUser(req, res, next) {
  if (fromGateway(req)) {
    req.user = { id: 'gateway', roles: ['service'] };
    return next();
  }
  if (!req.session || !req.session.user) {
    return res.status(401).json({ error: 'login required' });
  }
  req.user = req.session.user;
  return next();
}

module.exports = { requireGatewayOrUser };