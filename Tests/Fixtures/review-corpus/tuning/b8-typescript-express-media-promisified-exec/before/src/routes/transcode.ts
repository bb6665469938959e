import { Router } from "express";
import { exec } from "node:child_process";
import { promisify } from "node:util";
import path from "node:path";
import { requireUser } from "../middleware/auth";

const sh = promisify(exec);
const OUT_DIR = process.env.MEDIA_OUT_DIR ?? "/var/lib/media/out";

export const transcodeRouter = Router();

transcodeRouter.post("/transcode", requireUser, async (req, res) => {
  const { source, format } = req.body as { source: string; format: string };
  const target = path.join(OUT_DIR, `${Date.now()}.${format}`);
  res.status(501).json({ error: "not implemented" });
});