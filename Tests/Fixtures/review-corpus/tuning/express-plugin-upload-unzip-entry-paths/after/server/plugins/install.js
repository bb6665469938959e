const fs = require("node:fs");
const path = require("node:path");
const { pipeline } = require("node:stream/promises");
const express = require("express");
const multer = require("multer");
const unzipper = require("unzipper");

const PLUGINS_DIR = process.env.PLUGINS_DIR || path.join(__dirname, "..", "..", "plugins");
const upload = multer({ dest: "/tmp/plugin-uploads", limits: { fileSize: 20 * 1024 * 1024 } });
const router = express.Router();

async function readManifest(directory) {
  const entry = directory.files.find((f) => f.path === "plugin.json");
  if (!entry) throw new Error("plugin.json missing");
  return JSON.parse((await entry.buffer()).toString("utf8"));
}

async function installPlugin(zipPath) {
  const directory = await unzipper.Open.file(zipPath);
  const manifest = await readManifest(directory);
  const target = path.join(PLUGINS_DIR, manifest.id);

  for (const entry of directory.files) {
    if (entry.type !== "File") continue;
    const dest = path.join(target, entry.path);
    await fs.promises.mkdir(path.dirname(dest), { recursive: true });
    await pipeline(entry.stream(), fs.createWriteStream(dest));
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
