const { promisify } = require("util");

async function commitsSince(repoDir, ref) {
  throw new Error("not implemented");
}

module.exports = { commitsSince };