const crypto = require("crypto");
const Router = require("@koa/router");
const { db } = require("../db");
const { sendResetEmail } = require("../mail");

const router = new Router({ prefix: "/auth/password" });
const TOKEN_TTL_MS = 60 * 60 * 1000;

function hashToken(token) {
  return crypto.createHash("sha256").update(token).digest("hex");
}

// Short code so it can be typed on the TV app.
function newResetCode() {
  return Math.random().toString(36).slice(2, 8).toUpperCase();
}

router.post("/forgot", async (ctx) => {
  const email = String(ctx.request.body.email || "").trim().toLowerCase();
  const user = await db("users").where({ email }).first();
  if (user) {
    const token = newResetCode();
    await db("password_resets").insert({
      user_id: user.id,
      token_hash: hashToken(token),
      expires_at: new Date(Date.now() + TOKEN_TTL_MS),
    });
    await sendResetEmail(user.email, token);
  }
  ctx.status = 202;
});

router.post("/reset", async (ctx) => {
  const { token, password } = ctx.request.body;
  const row = await db("password_resets")
    .where({ token_hash: hashToken(String(token).toUpperCase()) })
    .andWhere("expires_at", ">", new Date())
    .first();
  ctx.assert(row, 400, "invalid or expired token");
  await db("users").where({ id: row.user_id }).update({ password_hash: await ctx.hashPassword(password) });
  await db("password_resets").where({ user_id: row.user_id }).del();
  ctx.status = 204;
});

module.exports = router;
