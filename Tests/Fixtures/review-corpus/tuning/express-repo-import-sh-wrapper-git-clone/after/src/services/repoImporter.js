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

/**
 * Clone the repository given in the "Import from Git" form.
 * @param {string|number} projectId
 * @param {{ repoUrl: string, branch?: string }} input  body of POST /projects/:id/import
 */
function importRepository(projectId, { repoUrl, branch }) {
  const target = path.join(workspaceFor(projectId), 'src');
  sh(`git clone --depth 1 --branch ${branch || 'main'} ${repoUrl} ${target}`, { timeout: 120000 });
  return { dir: target, commit: currentCommit(target) };
}

module.exports = { sh, workspaceFor, currentCommit, importRepository };
