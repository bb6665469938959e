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
  try {
    const { stderr } = await sh(`ffmpeg -y -i "${source}" -c:v libx264 ${target}`, { timeout: 120_000 });
    req.log.info({ stderr }, "transcode finished");
    res.status(201).json({ file: path.basename(target) });
  } catch (err) {
    res.status(500).json({ error: (err as Error).message });
  }
});