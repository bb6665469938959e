import { exec } from "node:child_process";
import { promisify } from "node:util";
import path from "node:path";
import type { Request, Response } from "express";

const run = promisify(exec);
const UPLOAD_DIR = process.env.UPLOAD_DIR ?? "/srv/uploads";

async function convert(src: string, dest: string, size: string): Promise<void> {
  await run(`convert "${src}" -resize ${size} -strip "${dest}"`, { timeout: 15_000 });
}

export async function thumbnailHandler(req: Request, res: Response) {
  const { file, width = "320", height = "240" } = req.query as Record<string, string>;
  if (!file) {
    return res.status(400).json({ error: "file is required" });
  }

  const src = path.join(UPLOAD_DIR, path.basename(file));
  const dest = path.join(UPLOAD_DIR, "thumbs", `${path.parse(src).name}.jpg`);

  try {
    await convert(src, dest, `${width}x${height}`);
    res.sendFile(dest);
  } catch (err) {
    req.log?.error({ err }, "thumbnail conversion failed");
    res.status(500).json({ error: "conversion failed" });
  }
}