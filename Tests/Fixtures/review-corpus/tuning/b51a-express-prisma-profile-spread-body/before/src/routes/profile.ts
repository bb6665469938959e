import { Router } from "express";
import { z } from "zod";
import { prisma } from "../lib/prisma";
import { requireAuth } from "../middleware/auth";

export const profileRouter = Router();

const publicUser = {
  id: true,
  email: true,
  displayName: true,
  bio: true,
  avatarUrl: true,
  role: true,
  orgId: true,
} as const;

const ProfilePatch = z.object({
  displayName: z.string().min(1).max(80).optional(),
  bio: z.string().max(500).optional(),
  avatarUrl: z.string().url().optional(),
});

profileRouter.get("/me", requireAuth, async (req, res) => {
  const user = await prisma.user.findUnique({ where: { id: req.user!.id }, select: publicUser });
  res.json(user);
});

profileRouter.patch("/me", requireAuth, async (req, res) => {
  const parsed = ProfilePatch.safeParse(req.body);
  if (!parsed.success) {
    return res.status(400).json({ error: parsed.error.flatten() });
  }
  const user = await prisma.user.update({
    where: { id: req.user!.id },
    data: parsed.data,
    select: publicUser,
  });
  res.json(user);
});
