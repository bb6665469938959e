import { promises as fs } from 'node:fs';
import path from 'node:path';

export interface MediaInfo {
  durationSeconds: number;
  width?: number;
  height?: number;
  codec?: string;
}

const UPLOAD_ROOT = process.env.UPLOAD_ROOT ?? '/var/lib/app/uploads';

export async function probeMedia(storedName: string): Promise<MediaInfo> {
  const filePath = path.join(UPLOAD_ROOT, path.basename(storedName));
  await fs.access(filePath);
  // Placeholder until ffprobe is available in the image.
  return { durationSeconds: 0 };
}
