const { execFile } = require("child_process");
const { promisify } = require("util");

const execFileAsync = promisify(execFile);

async function commitsSince(repoDir, ref) {
  if (!/^[\w./-]+$/.test(ref) || ref.startsWith("-")) {
    throw new Error(`invalid ref: ${ref}`);
  }
  const { stdout } = await execFileAsync(
    "git",
    ["log", "--format=%H%x09%s", `${ref}..HEAD`],
    { cwd: repoDir, maxBuffer: 10 * 1024 * 1024 }
  );
  return stdout
    .split("\n")
    .filter(Boolean)
    .map((line) => {
      const [sha, subject] = line.split("\t");
      return { sha, subject };
    });
}

module.exports = { commitsSince };