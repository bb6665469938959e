const jwt = require('jsonwebtoken');
const { getSigningKey } = require('../lib/keys');
const logger = require('../lib/logger');

module.exports = function requireAuth(options = {}) {
  const { audience = 'api.orbitcart.io' } = options;

  return async function requireAuthMiddleware(req, res, next) {
    const header = req.get('authorization') || '';
    const [scheme, token] = header.split(' ');
    if (scheme !== 'Bearer' || !token) {
      return res.status(401).json({ error: 'missing_token' });
    }
    try {
      const key = await getSigningKey();
      const claims = jwt.verify(token, key, { algorithms: ['RS256'], audience });
      req.user = {
        id: claims.sub,
        org: claims.org,
        scopes: (claims.scope || '').split(' '),
      };
      return next();
    } catch (err) {
      logger.info({ err: err.message }, 'rejected token');
      return res.status(401).json({ error: 'invalid_token' });
    }
  };
};
