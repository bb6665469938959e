import { Router } from "express";
import rateLimit from "express-rate-limit";

import { config } from "../config";
import { verifyPassword } from "../auth/passwords";
import { findUserByEmail } from "../repositories/users";

export const authRouter = Router();

const loginLimiter = rateLimit({ windowMs: 15 * 60 * 1000, limit: 20 });

authRouter.get("/login", (req, res) => {
  res.render("login", { error: null });
});

authRouter.post("/login", loginLimiter, async (req, res, next) => {
  try {
    const { email, password } = req.body;
    const user = await findUserByEmail(String(email ?? ""));
    if (!user || !(await verifyPassword(user.passwordHash, String(password ?? "")))) {
      return res.status(401).render("login", { error: "Invalid email or password" });
    }
    req.session.regenerate((err) => {
      if (err) return next(err);
      req.session.userId = user.id;
      res.redirect(`${config.appOrigin}/dashboard`);
    });
  } catch (err) {
    next(err);
  }
});
