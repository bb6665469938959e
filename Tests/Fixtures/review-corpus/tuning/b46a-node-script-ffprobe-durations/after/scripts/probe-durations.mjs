#!/usr/bin/env node
import { execFile } from 'node:child_process';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';

const execFileP = promisify(execFile);

async function durationOf(file) {
  const { stdout } = await execFileP('ffprobe', [
    '-v', 'error',
    '-show_entries', 'format=duration',
    '-of', 'default=noprint_wrappers=1:nokey=1',
    '-i', file,
  ]);
  return Number.parseFloat(stdout.trim());
}

const dir = process.argv[2];
if (!dir) {
  console.error('usage: probe-durations.mjs <dir>');
  process.exit(2);
}

const entries = await readdir(dir, { withFileTypes: true });
const rows = [];
for (const entry of entries) {
  if (!entry.isFile() || !/\.(mp4|mov|mkv)$/i.test(entry.name)) continue;
  const full = path.join(dir, entry.name);
  const { size } = await stat(full);
  const seconds = await durationOf(full);
  rows.push({ file: entry.name, mb: (size / 1e6).toFixed(1), min: (seconds / 60).toFixed(1) });
}

console.table(rows);
