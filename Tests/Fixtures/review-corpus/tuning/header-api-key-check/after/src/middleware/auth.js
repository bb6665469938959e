module.exports = function requireKey(req, res, next) {
  const key = req.headers["x-service-key"];
  if (!key || !crypto.timingSafeEqual(Buffer.from(key), Buffer.from(process.env.SERVICE_KEY))) {
    return res.status(401).end();
  }
  next();
};
