import express from "express";
import { config } from "../config";

export const reportsRouter = express.Router();

reportsRouter.get("/reports/:file", (req, res) => {
  res.download(req.params.file, { root: config.reportDir, dotfiles: "deny" }, (err) => {
    if (err && !res.headersSent) res.status(404).end();
  });
});