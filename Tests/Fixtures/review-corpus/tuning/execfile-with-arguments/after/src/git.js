const { execFile } = require("child_process");
execFile("git", ["status", "--short"], callback);