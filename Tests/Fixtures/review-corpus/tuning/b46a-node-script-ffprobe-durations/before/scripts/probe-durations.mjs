#!/usr/bin/env node
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

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
  rows.push({ file: entry.name, mb: (size / 1e6).toFixed(1) });
}

console.table(rows);
