import { Router } from "express";
import { execFile } from "node:child_process";
import { promisify } from "node:util";

const run = promisify(execFile);
const REPO_DIR = process.env.CONTENT_REPO ?? "/srv/content";

export const historyRouter = Router();

historyRouter.get("/history", async (req, res) => {
  const branch = String(req.query.branch ?? "main");
  res.json({ branch, commits: [] });
});