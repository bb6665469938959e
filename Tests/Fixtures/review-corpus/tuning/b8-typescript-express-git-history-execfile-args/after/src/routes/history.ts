import { Router } from "express";
import { execFile } from "node:child_process";
import { promisify } from "node:util";

const run = promisify(execFile);
const REPO_DIR = process.env.CONTENT_REPO ?? "/srv/content";

export const historyRouter = Router();

historyRouter.get("/history", async (req, res) => {
  const branch = String(req.query.branch ?? "main");
  const { stdout } = await run(
    "git",
    ["log", "--max-count=50", "--format=%H%x09%an%x09%s", branch, "--"],
    { cwd: REPO_DIR, timeout: 10_000 },
  );
  const commits = stdout
    .trim()
    .split("\n")
    .filter(Boolean)
    .map((line) => {
      const [sha, author, subject] = line.split("\t");
      return { sha, author, subject };
    });
  res.json({ branch, commits });
});