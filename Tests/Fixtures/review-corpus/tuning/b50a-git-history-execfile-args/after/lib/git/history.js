'use strict';

const path = require('node:path');
const { execFile } = require('node:child_process');
const { promisify } = require('node:util');

const run = promisify(execFile);

const REPO_DIR = process.env.DOCS_REPO_DIR || '/srv/docs-repo';
const FORMAT = '--format=%H%x09%an%x09%aI%x09%s';

function parseLine(line) {
  const [sha, author, date, subject] = line.split('\t');
  return { sha, author, date, subject };
}

async function lastCommit() {
  const { stdout } = await run('git', ['log', '-1', FORMAT], { cwd: REPO_DIR });
  return parseLine(stdout.trim());
}

// Powers the "page history" drawer: GET /docs/history?path=guides/setup.md&limit=20
async function fileHistory(relPath, limit) {
  const rel = path.posix.normalize(String(relPath || ''));
  if (!rel || rel === '.' || rel.startsWith('/') || rel.startsWith('../') || rel === '..') {
    throw Object.assign(new Error('invalid path'), { status: 400 });
  }
  const n = Math.min(Math.max(Number.parseInt(limit, 10) || 20, 1), 100);
  const { stdout } = await run('git', ['log', `--max-count=${n}`, '--follow', FORMAT, '--', rel], {
    cwd: REPO_DIR,
    maxBuffer: 1024 * 1024,
  });
  return stdout.split('\n').filter(Boolean).map(parseLine);
}

module.exports = { lastCommit, fileHistory };
