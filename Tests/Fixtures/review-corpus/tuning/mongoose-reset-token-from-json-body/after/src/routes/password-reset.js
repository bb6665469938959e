const express = require("express");
const bcrypt = require("bcrypt");
const User = require("../models/user");

const router = express.Router();

router.post("/password-reset/confirm", async (req, res, next) => {
  try {
    const { token, password } = req.body;
    if (!token || !password || password.length < 12) {
      return res.status(400).json({ error: "token and a 12+ character password are required" });
    }

    const user = await User.findOne({
      resetToken: token,
      resetTokenExpires: { $gt: new Date() },
    });
    if (!user) {
      return res.status(400).json({ error: "invalid or expired token" });
    }

    user.passwordHash = await bcrypt.hash(password, 12);
    user.resetToken = undefined;
    user.resetTokenExpires = undefined;
    user.sessionVersion += 1;
    await user.save();

    res.json({ ok: true, email: user.email });
  } catch (err) {
    next(err);
  }
});

module.exports = router;