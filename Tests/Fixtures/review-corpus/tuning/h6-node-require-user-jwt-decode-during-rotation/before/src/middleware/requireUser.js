const jwt = require('jsonwebtoken');
const fs = require('fs');

const PUBLIC_KEY = fs.readFileSync(process.env.JWT_PUBLIC_KEY_PATH, 'utf8');

function extractToken(req) {
  const header = req.headers.authorization || '';
  if (header.startsWith('Bearer ')) return header.slice(7);
  return req.cookies && req.cookies.session;
}

module.exports = function requireUser(req, res, next) {
  const token = extractToken(req);
  if (!token) return res.status(401).json({ error: 'missing token' });

  try {
    const claims = jwt.verify(token, PUBLIC_KEY, {
      algorithms: ['RS256'],
      issuer: 'https://auth.pinecrest.app/',
    });
    req.user = { id: claims.sub, orgId: claims.org, roles: claims.roles || [] };
    return next();
  } catch (err) {
    req.log.info({ err: err.message }, 'rejected token');
    return res.status(401).json({ error: 'invalid token' });
  }
};
