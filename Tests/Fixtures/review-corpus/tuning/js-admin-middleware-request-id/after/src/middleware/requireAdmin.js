const crypto = require('crypto');
const { getSession } = require('../lib/sessions');
const logger = require('../lib/logger');

module.exports = async function requireAdmin(req, res, next) {
  const requestId = req.get('X-Request-Id') || crypto.randomUUID();
  res.set('X-Request-Id', requestId);
  try {
    const session = await getSession(req.cookies.sid);
    if (!session) {
      return res.status(401).json({ error: 'login required' });
    }
    if (session.user.role !== 'admin') {
      logger.warn({ requestId, userId: session.user.id }, 'non-admin hit admin route');
      return res.status(403).json({ error: 'admin only' });
    }
    req.user = session.user;
    return next();
  } catch (err) {
    return next(err);
  }
};
