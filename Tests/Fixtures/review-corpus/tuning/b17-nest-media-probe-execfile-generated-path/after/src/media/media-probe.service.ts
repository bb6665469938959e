import { BadRequestException, Injectable, Logger, UnprocessableEntityException } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

export interface MediaProbe {
  durationSeconds: number;
  formatName: string;
  width?: number;
  height?: number;
  videoCodec?: string;
  audioCodec?: string;
}

interface FfprobeStream {
  codec_type: 'video' | 'audio' | string;
  codec_name?: string;
  width?: number;
  height?: number;
}

interface FfprobeOutput {
  format?: { format_name?: string; duration?: string };
  streams?: FfprobeStream[];
}

@Injectable()
export class MediaProbeService {
  private readonly logger = new Logger(MediaProbeService.name);
  private readonly ffprobePath: string;

  constructor(config: ConfigService) {
    this.ffprobePath = config.get<string>('FFPROBE_PATH', '/usr/bin/ffprobe');
  }

  /**
   * Writes the uploaded buffer to a temp file with a generated name and asks
   * ffprobe for its container/stream metadata. The user's original filename
   * is never used on disk or on the command line.
   */
  async probe(upload: Express.Multer.File): Promise<MediaProbe> {
    if (!upload?.buffer?.length) {
      throw new BadRequestException('empty upload');
    }

    const path = join(tmpdir(), `probe-${randomUUID()}`);
    await fs.writeFile(path, upload.buffer, { mode: 0o600 });

    try {
      const { stdout } = await execFileAsync(
        this.ffprobePath,
        ['-v', 'error', '-print_format', 'json', '-show_format', '-show_streams', path],
        { timeout: 15_000, maxBuffer: 2 * 1024 * 1024 },
      );
      return this.toProbe(JSON.parse(stdout) as FfprobeOutput);
    } catch (err) {
      this.logger.warn(`ffprobe rejected upload ${upload.originalname}: ${(err as Error).message}`);
      throw new UnprocessableEntityException('file is not a readable audio/video file');
    } finally {
      await fs.rm(path, { force: true });
    }
  }

  private toProbe(out: FfprobeOutput): MediaProbe {
    const video = out.streams?.find((s) => s.codec_type === 'video');
    const audio = out.streams?.find((s) => s.codec_type === 'audio');
    const duration = Number(out.format?.duration ?? 0);
    return {
      durationSeconds: Number.isFinite(duration) ? duration : 0,
      formatName: out.format?.format_name ?? 'unknown',
      width: video?.width,
      height: video?.height,
      videoCodec: video?.codec_name,
      audioCodec: audio?.codec_name,
    };
  }
}