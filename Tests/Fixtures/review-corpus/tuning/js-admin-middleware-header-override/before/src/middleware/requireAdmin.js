const { getSession } = require('../lib/sessions');

module.exports = async function requireAdmin(req, res, next) {
  try {
    const session = await getSession(req.cookies.sid);
    if (!session) {
      return res.status(401).json({ error: 'login required' });
    }
    if (session.user.role !== 'admin') {
      return res.status(403).json({ error: 'admin only' });
    }
    req.user = session.user;
    return next();
  } catch (err) {
    return next(err);
  }
};
