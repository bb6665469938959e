import { exec } from "node:child_process";
import { promisify } from "node:util";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { config } from "../config";
import type { StoredUpload } from "../uploads/types";

const execAsync = promisify(exec);

export interface ThumbOptions {
  width: number | string;
  height: number | string;
}

/**
 * Renders a PNG thumbnail for an uploaded image using ImageMagick and
 * squeezes it through pngquant.
 * Uploads are now kept under their original name inside a per-upload folder
 * so that support can find them on disk.
 */
export async function renderThumbnail(upload: StoredUpload, opts: ThumbOptions): Promise<string> {
  const dir = path.join(config.uploads.dir, upload.id);
  const src = `${dir}/${upload.originalName}`;
  const out = path.join(config.thumbnails.dir, `${randomUUID()}.png`);

  const cmd =
    `${config.thumbnails.convertBin} "${src}[0]" -auto-orient -strip ` +
    `-thumbnail ${opts.width}x${opts.height}\\> -background white -flatten png:- ` +
    `| ${config.thumbnails.pngquantBin} --quality=65-85 - > ${out}`;

  await execAsync(cmd, { timeout: 15_000 });

  return out;
}

export function thumbnailUrl(file: string): string {
  return `${config.thumbnails.publicBase}/${path.basename(file)}`;
}
