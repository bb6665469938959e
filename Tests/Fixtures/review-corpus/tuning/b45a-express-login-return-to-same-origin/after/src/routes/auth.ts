import { Router } from "express";
import rateLimit from "express-rate-limit";

import { config } from "../config";
import { verifyPassword } from "../auth/passwords";
import { findUserByEmail } from "../repositories/users";

export const authRouter = Router();

const loginLimiter = rateLimit({ windowMs: 15 * 60 * 1000, limit: 20 });
const DEFAULT_LANDING = `${config.appOrigin}/dashboard`;

// Only ever send people back somewhere on our own origin.
function safeReturnTo(raw: unknown): string {
  if (typeof raw !== "string" || raw.length === 0 || raw.length > 2048) return DEFAULT_LANDING;
  let target: URL;
  try {
    target = new URL(raw, config.appOrigin);
  } catch {
    return DEFAULT_LANDING;
  }
  return target.origin === config.appOrigin ? target.href : DEFAULT_LANDING;
}

authRouter.get("/login", (req, res) => {
  res.render("login", { error: null, returnTo: req.query.returnTo ?? "" });
});

authRouter.post("/login", loginLimiter, async (req, res, next) => {
  try {
    const { email, password, returnTo } = req.body;
    const user = await findUserByEmail(String(email ?? ""));
    if (!user || !(await verifyPassword(user.passwordHash, String(password ?? "")))) {
      return res.status(401).render("login", { error: "Invalid email or password", returnTo });
    }
    req.session.regenerate((err) => {
      if (err) return next(err);
      req.session.userId = user.id;
      res.redirect(safeReturnTo(returnTo));
    });
  } catch (err) {
    next(err);
  }
});
