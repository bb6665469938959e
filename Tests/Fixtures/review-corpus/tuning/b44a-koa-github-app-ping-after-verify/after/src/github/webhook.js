const crypto = require("crypto");
const Router = require("@koa/router");
const getRawBody = require("raw-body");
const { onInstallation, onPullRequest, onPush } = require("./handlers");

const router = new Router();
const SECRET = process.env.GITHUB_WEBHOOK_SECRET;

function verify(raw, header) {
  if (!header || !header.startsWith("sha256=")) return false;
  const expected = Buffer.from(
    "sha256=" + crypto.createHmac("sha256", SECRET).update(raw).digest("hex"),
  );
  const given = Buffer.from(header);
  return given.length === expected.length && crypto.timingSafeEqual(given, expected);
}

router.post("/github/webhook", async (ctx) => {
  const raw = await getRawBody(ctx.req, { limit: "5mb" });
  if (!verify(raw, ctx.get("x-hub-signature-256"))) {
    ctx.throw(401, "signature mismatch");
  }
  const event = ctx.get("x-github-event");
  if (event === "ping") {
    ctx.body = { ok: true, hook: ctx.get("x-github-hook-id") };
    return;
  }
  const payload = JSON.parse(raw.toString("utf8"));
  if (event === "pull_request") await onPullRequest(payload);
  else if (event === "push") await onPush(payload);
  else if (event === "installation") await onInstallation(payload);
  ctx.status = 202;
});

module.exports = router;
