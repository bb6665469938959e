import { exec } from "node:child_process";
import { promisify } from "node:util";
import type { Request, Response } from "express";

const run = promisify(exec);

export async function makeThumbnail(req: Request, res: Response) {
  const { source, width } = req.body as { source: string; width: string };
  const out = `/tmp/thumbs/${Date.now()}.jpg`;
  try {
    await run(`ffmpeg -y -i "${source}" -vf scale=${width}:-1 -frames:v 1 ${out}`);
    res.sendFile(out);
  } catch (err) {
    res.status(500).json({ error: "thumbnail failed" });
  }
}