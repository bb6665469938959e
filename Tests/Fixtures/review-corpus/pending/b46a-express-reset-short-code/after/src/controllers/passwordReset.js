const bcrypt = require('bcryptjs');
const User = require('../models/User');

// Mobile app flow: users type a 6-digit code from the email instead of clicking a link.
exports.confirmReset = async (req, res) => {
  const { email, code, password } = req.body;
  if (!email || !code || typeof password !== 'string' || password.length < 12) {
    return res.status(400).json({ error: 'invalid request' });
  }

  const user = await User.findOne({
    email: String(email).toLowerCase(),
    resetCode: code,
    resetCodeExpires: { $gt: new Date() },
  });
  if (!user) {
    return res.status(400).json({ error: 'code invalid or expired' });
  }

  user.passwordHash = await bcrypt.hash(password, 12);
  user.resetCode = undefined;
  user.resetCodeExpires = undefined;
  await user.save();
  res.status(204).end();
};
