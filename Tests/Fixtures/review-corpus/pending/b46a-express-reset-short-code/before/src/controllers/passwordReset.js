const crypto = require('crypto');
const bcrypt = require('bcryptjs');
const User = require('../models/User');

function hashToken(token) {
  return crypto.createHash('sha256').update(token).digest('hex');
}

exports.confirmReset = async (req, res) => {
  const token = String(req.body.token || '');
  const { password } = req.body;
  if (!token || typeof password !== 'string' || password.length < 12) {
    return res.status(400).json({ error: 'invalid request' });
  }

  const user = await User.findOne({
    resetTokenHash: hashToken(token),
    resetTokenExpires: { $gt: new Date() },
  });
  if (!user) {
    return res.status(400).json({ error: 'token invalid or expired' });
  }

  user.passwordHash = await bcrypt.hash(password, 12);
  user.resetTokenHash = undefined;
  user.resetTokenExpires = undefined;
  await user.save();
  res.status(204).end();
};
