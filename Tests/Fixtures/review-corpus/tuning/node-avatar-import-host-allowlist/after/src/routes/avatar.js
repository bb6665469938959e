const express = require("express");
const sharp = require("sharp");
const { requireUser } = require("../middleware/auth");
const storage = require("../lib/storage");

const router = express.Router();

const ALLOWED_HOSTS = new Set([
  "avatars.githubusercontent.com",
  "secure.gravatar.com",
  "lh3.googleusercontent.com",
]);
const MAX_BYTES = 2 * 1024 * 1024;

router.post("/me/avatar/import", requireUser, async (req, res, next) => {
  try {
    let url;
    try {
      url = new URL(String(req.body.url));
    } catch {
      return res.status(400).json({ error: "invalid url" });
    }
    if (url.protocol !== "https:" || url.port !== "" || !ALLOWED_HOSTS.has(url.hostname)) {
      return res.status(400).json({ error: "unsupported avatar host" });
    }

    const upstream = await fetch(url, { redirect: "error", signal: AbortSignal.timeout(5000) });
    if (!upstream.ok) {
      return res.status(502).json({ error: "could not fetch avatar" });
    }
    const buf = Buffer.from(await upstream.arrayBuffer());
    if (buf.length > MAX_BYTES) {
      return res.status(413).json({ error: "avatar too large" });
    }

    const png = await sharp(buf).resize(256, 256).png().toBuffer();
    const key = await storage.put(`avatars/${req.user.id}.png`, png, "image/png");
    res.json({ avatar: storage.publicUrl(key) });
  } catch (err) {
    next(err);
  }
});

module.exports = router;