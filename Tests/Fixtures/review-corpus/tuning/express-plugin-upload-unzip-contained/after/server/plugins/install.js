const fs = require("node:fs");
const path = require("node:path");
const { pipeline } = require("node:stream/promises");
const express = require("express");
const multer = require("multer");
const unzipper = require("unzipper");

const PLUGINS_DIR = path.resolve(process.env.PLUGINS_DIR || path.join(__dirname, "..", "..", "plugins"));
const PLUGIN_ID = /^[a-z0-9][a-z0-9-]{1,63}$/;
const upload = multer({ dest: "/tmp/plugin-uploads", limits: { fileSize: 20 * 1024 * 1024 } });
const router = express.Router();

function containedPath(root, relative) {
  const resolved = path.resolve(root, relative);
  if (resolved !== root && !resolved.startsWith(root + path.sep)) {
    throw new Error(`entry escapes plugin directory: ${relative}`);
  }
  return resolved;
}

async function installPlugin(zipPath) {
  const directory = await unzipper.Open.file(zipPath);
  const manifestEntry = directory.files.find((f) => f.path === "plugin.json");
  if (!manifestEntry) throw new Error("plugin.json missing");
  const manifest = JSON.parse((await manifestEntry.buffer()).toString("utf8"));
  if (!PLUGIN_ID.test(String(manifest.id))) throw new Error("invalid plugin id");

  const target = containedPath(PLUGINS_DIR, manifest.id);
  for (const entry of directory.files) {
    if (entry.type !== "File") continue;
    const dest = containedPath(target, entry.path);
    await fs.promises.mkdir(path.dirname(dest), { recursive: true });
    await pipeline(entry.stream(), fs.createWriteStream(dest, { flags: "wx" }));
  }
  return manifest;
}

router.post("/admin/plugins", upload.single("bundle"), async (req, res, next) => {
  try {
    const manifest = await installPlugin(req.file.path);
    res.status(201).json({ id: manifest.id, version: manifest.version });
  } catch (err) {
    next(err);
  } finally {
    fs.promises.rm(req.file.path, { force: true }).catch(() => {});
  }
});

module.exports = router;
