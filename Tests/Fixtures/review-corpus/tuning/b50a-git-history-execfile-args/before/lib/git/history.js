'use strict';

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

module.exports = { lastCommit };
