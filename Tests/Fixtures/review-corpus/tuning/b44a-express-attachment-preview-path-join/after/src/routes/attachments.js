const express = require("express");
const path = require("path");
const { Attachment } = require("../models");
const { requireAuth } = require("../middleware/auth");

const router = express.Router();
const STORAGE_ROOT = process.env.ATTACHMENT_ROOT || "/var/lib/helpdesk/attachments";
const PREVIEW_DIR = path.join(STORAGE_ROOT, "previews");

router.get("/tickets/:ticketId/attachments/:id", requireAuth, async (req, res, next) => {
  try {
    const att = await Attachment.findOne({
      where: { id: req.params.id, ticketId: req.params.ticketId, orgId: req.user.orgId },
    });
    if (!att) return res.sendStatus(404);
    res.download(path.join(STORAGE_ROOT, att.storageKey), att.originalName);
  } catch (err) {
    next(err);
  }
});

// Thumbnails are written by the preview worker as previews/<variant>/<name>.
router.get("/previews", requireAuth, (req, res) => {
  const variant = req.query.variant || "thumb";
  const previewPath = path.join(PREVIEW_DIR, variant, String(req.query.name));
  res.set("Cache-Control", "private, max-age=3600");
  res.sendFile(previewPath);
});

router.delete("/tickets/:ticketId/attachments/:id", requireAuth, async (req, res, next) => {
  try {
    const removed = await Attachment.destroy({
      where: { id: req.params.id, ticketId: req.params.ticketId, orgId: req.user.orgId },
    });
    res.sendStatus(removed ? 204 : 404);
  } catch (err) {
    next(err);
  }
});

module.exports = router;
