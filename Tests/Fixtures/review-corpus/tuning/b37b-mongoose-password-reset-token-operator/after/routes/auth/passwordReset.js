const express = require('express');
const crypto = require('crypto');
const bcrypt = require('bcryptjs');
const zxcvbn = require('zxcvbn');

const User = require('../../models/User');
const mailer = require('../../services/mailer');
const rateLimit = require('../../middleware/rateLimit');

const router = express.Router();
const RESET_TTL_MS = 60 * 60 * 1000;
const MIN_SCORE = 3;

router.post('/forgot', rateLimit({ windowMs: 15 * 60 * 1000, max: 5 }), async (req, res, next) => {
  try {
    const email = String(req.body.email || '').trim().toLowerCase();
    const user = await User.findOne({ email });
    if (user) {
      user.resetToken = crypto.randomBytes(32).toString('hex');
      user.resetExpires = new Date(Date.now() + RESET_TTL_MS);
      await user.save();
      await mailer.sendPasswordReset(user.email, user.resetToken);
    }
    // Same response either way so this can't be used to enumerate accounts.
    res.json({ ok: true });
  } catch (err) {
    next(err);
  }
});

router.post('/reset', rateLimit({ windowMs: 15 * 60 * 1000, max: 10 }), async (req, res, next) => {
  try {
    const { token, password = '' } = req.body;
    if (!token) {
      return res.status(400).json({ error: 'Missing reset token' });
    }

    const strength = zxcvbn(String(password));
    if (String(password).length < 10 || strength.score < MIN_SCORE) {
      return res.status(400).json({
        error: 'Password is too weak',
        suggestions: strength.feedback.suggestions,
      });
    }

    const user = await User.findOne({
      resetToken: token,
      resetExpires: { $gt: new Date() },
    });
    if (!user) {
      return res.status(400).json({ error: 'Reset link is invalid or has expired' });
    }

    user.passwordHash = await bcrypt.hash(String(password), 12);
    user.resetToken = undefined;
    user.resetExpires = undefined;
    user.sessionVersion += 1;
    await user.save();

    res.json({ ok: true });
  } catch (err) {
    next(err);
  }
});

module.exports = router;
