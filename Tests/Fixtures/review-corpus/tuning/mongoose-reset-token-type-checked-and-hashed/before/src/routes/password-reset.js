const express = require("express");
const bcrypt = require("bcrypt");
const User = require("../models/user");

const router = express.Router();

router.post("/password-reset/confirm", async (req, res, next) => {
  try {
    const user = await User.findOne({
      resetToken: req.body.token,
      resetTokenExpires: { $gt: new Date() },
    });
    if (!user) {
      return res.status(400).json({ error: "invalid or expired token" });
    }
    user.passwordHash = await bcrypt.hash(req.body.password, 12);
    user.resetToken = undefined;
    await user.save();
    res.json({ ok: true });
  } catch (err) {
    next(err);
  }
});

module.exports = router;