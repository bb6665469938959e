const { execFile } = require('child_process');
const { promisify } = require('util');

const execFileAsync = promisify(execFile);

/**
 * Reads duration and codec of an uploaded file. `storedPath` comes from
 * multer's disk storage (random file name inside UPLOAD_DIR).
 */
async function probe(storedPath) {
  const args = [
    '-v', 'error',
    '-print_format', 'json',
    '-show_entries', 'format=duration:stream=codec_name,width,height',
    '--',
    storedPath,
  ];
  const { stdout } = await execFileAsync('ffprobe', args, { timeout: 15000, maxBuffer: 1 << 20 });
  const info = JSON.parse(stdout);
  const video = (info.streams || []).find((s) => s.width);
  return {
    durationSeconds: Number(info.format && info.format.duration) || 0,
    codec: video ? video.codec_name : null,
    width: video ? video.width : null,
    height: video ? video.height : null,
  };
}

module.exports = { probe };
