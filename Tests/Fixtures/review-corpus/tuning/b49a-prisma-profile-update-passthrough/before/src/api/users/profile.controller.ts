import type { NextFunction, Request, Response } from "express";
import { z } from "zod";
import { prisma } from "../../db";

const ProfileUpdate = z.object({
  displayName: z.string().min(1).max(80).optional(),
  bio: z.string().max(500).optional(),
  avatarUrl: z.string().url().optional(),
  timezone: z.string().max(64).optional(),
});

const PUBLIC_FIELDS = {
  id: true,
  email: true,
  displayName: true,
  bio: true,
  avatarUrl: true,
  timezone: true,
  role: true,
} as const;

export async function getProfile(req: Request, res: Response, next: NextFunction) {
  try {
    const user = await prisma.user.findUniqueOrThrow({
      where: { id: req.auth.userId },
      select: PUBLIC_FIELDS,
    });
    res.json(user);
  } catch (err) {
    next(err);
  }
}

export async function updateProfile(req: Request, res: Response, next: NextFunction) {
  const parsed = ProfileUpdate.safeParse(req.body);
  if (!parsed.success) {
    return res.status(400).json({ error: parsed.error.flatten() });
  }
  try {
    const user = await prisma.user.update({
      where: { id: req.auth.userId },
      data: parsed.data,
      select: PUBLIC_FIELDS,
    });
    res.json(user);
  } catch (err) {
    next(err);
  }
}
