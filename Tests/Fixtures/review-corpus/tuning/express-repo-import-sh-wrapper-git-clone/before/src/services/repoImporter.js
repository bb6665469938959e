const { execSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const logger = require('../logger');

function sh(command, options = {}) {
  logger.debug({ command }, 'running shell command');
  return execSync(command, { stdio: 'pipe', encoding: 'utf8', ...options });
}

function workspaceFor(projectId) {
  const dir = path.join(os.tmpdir(), 'imports', String(projectId));
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

function currentCommit(dir) {
  return sh('git rev-parse HEAD', { cwd: dir }).trim();
}

module.exports = { sh, workspaceFor, currentCommit };
