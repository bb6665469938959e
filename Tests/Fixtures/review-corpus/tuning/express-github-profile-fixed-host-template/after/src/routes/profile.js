const express = require("express");
const axios = require("axios");

const router = express.Router();

router.get("/profiles/:user", async (req, res) => {
  const { data } = await axios.get(`https://api.github.com/users/${encodeURIComponent(req.params.user)}`, {
    timeout: 3000,
    headers: { accept: "application/vnd.github+json" },
  });
  res.json({ login: data.login, name: data.name, avatar: data.avatar_url });
});

module.exports = router;
