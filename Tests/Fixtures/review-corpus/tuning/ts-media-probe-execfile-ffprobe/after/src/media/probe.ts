import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

export interface MediaInfo {
  durationSeconds: number;
  width?: number;
  height?: number;
  codec?: string;
}

const UPLOAD_ROOT = process.env.UPLOAD_ROOT ?? '/var/lib/app/uploads';

interface FfprobeStream {
  codec_type?: string;
  codec_name?: string;
  width?: number;
  height?: number;
}

export async function probeMedia(storedName: string): Promise<MediaInfo> {
  const filePath = path.join(UPLOAD_ROOT, path.basename(storedName));
  await fs.access(filePath);
  const { stdout } = await execFileAsync(
    'ffprobe',
    ['-v', 'error', '-print_format', 'json', '-show_format', '-show_streams', filePath],
    { timeout: 15_000, maxBuffer: 1024 * 1024 },
  );
  const data = JSON.parse(stdout) as { format?: { duration?: string }; streams?: FfprobeStream[] };
  const video = (data.streams ?? []).find((s) => s.codec_type === 'video');
  return {
    durationSeconds: Number(data.format?.duration ?? 0),
    width: video?.width,
    height: video?.height,
    codec: video?.codec_name,
  };
}
