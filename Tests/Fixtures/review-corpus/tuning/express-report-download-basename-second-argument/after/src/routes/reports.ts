import path from "node:path";
import { Router } from "express";
import { config } from "../config";

export const reports = Router();

reports.get("/reports/file", (req, res) => {
  const file = path.join(config.reportsDir, String(req.query.name ?? ""));
  res.download(file, path.basename(file));
});