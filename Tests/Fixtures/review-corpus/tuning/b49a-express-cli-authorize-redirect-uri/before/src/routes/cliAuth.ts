import { Router } from "express";
import { randomBytes } from "node:crypto";
import { requireSession } from "../middleware/session";
import { handoffCodes } from "../stores/handoff";

const router = Router();

// The CLI listens on a random loopback port and passes it as redirect_uri.
const LOOPBACK_CALLBACK = /^http:\/\/127\.0\.0\.1:(\d{4,5})\/callback$/;

function isAllowedRedirect(uri: string): boolean {
  const m = LOOPBACK_CALLBACK.exec(uri);
  if (!m) return false;
  const port = Number(m[1]);
  return port >= 1024 && port <= 65535;
}

router.get("/cli/authorize", requireSession, async (req, res) => {
  const redirectUri = String(req.query.redirect_uri ?? "");
  const state = String(req.query.state ?? "");
  if (!isAllowedRedirect(redirectUri)) {
    return res.status(400).render("error", { message: "Invalid redirect_uri" });
  }
  const code = randomBytes(24).toString("base64url");
  await handoffCodes.put(code, { userId: req.user!.id, ttlSeconds: 60 });
  const target = new URL(redirectUri);
  target.searchParams.set("code", code);
  target.searchParams.set("state", state);
  res.redirect(302, target.toString());
});

export default router;
