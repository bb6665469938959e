import { execFile } from "node:child_process";
import { promisify } from "node:util";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { config } from "../config";
import type { StoredUpload } from "../uploads/types";

const execFileAsync = promisify(execFile);

export interface ThumbOptions {
  width: number;
  height: number;
}

const MAX_DIM = 2048;

function clampDim(n: number): number {
  if (!Number.isFinite(n) || n <= 0) return 256;
  return Math.min(Math.floor(n), MAX_DIM);
}

/**
 * Renders a PNG thumbnail for an uploaded image using ImageMagick.
 * The upload is already on local disk under config.uploads.dir.
 */
export async function renderThumbnail(upload: StoredUpload, opts: ThumbOptions): Promise<string> {
  const w = clampDim(opts.width);
  const h = clampDim(opts.height);
  const src = path.join(config.uploads.dir, upload.storageKey);
  const out = path.join(config.thumbnails.dir, `${randomUUID()}.png`);

  await execFileAsync(
    config.thumbnails.convertBin,
    [src + "[0]", "-auto-orient", "-strip", "-thumbnail", `${w}x${h}>`, "-background", "white", "-flatten", out],
    { timeout: 15_000 },
  );

  return out;
}

export function thumbnailUrl(file: string): string {
  return `${config.thumbnails.publicBase}/${path.basename(file)}`;
}
