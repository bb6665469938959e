import { Router, Request, Response, NextFunction } from "express";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import path from "node:path";
import { requireRole } from "../middleware/auth";
import { logger } from "../logger";
import { previewStore } from "../stores/previewStore";

const execFileAsync = promisify(execFile);
const REPO_DIR = process.env.PREVIEW_REPO_DIR ?? "/srv/previews/repo";
const BRANCH_RE = /^[A-Za-z0-9._\/-]{1,100}$/;

export const previewsRouter = Router();

interface PreviewRequest {
  branch: string;
  ttlHours?: number;
}

async function checkoutBranch(branch: string): Promise<string> {
  await execFileAsync("git", ["fetch", "--prune", "origin"], { cwd: REPO_DIR });
  await execFileAsync("git", ["checkout", "--force", `origin/${branch}`], { cwd: REPO_DIR });
  const { stdout } = await execFileAsync("git", ["rev-parse", "HEAD"], { cwd: REPO_DIR });
  return stdout.trim();
}

async function buildPreview(sha: string): Promise<string> {
  const outDir = path.join("/srv/previews/builds", sha);
  await execFileAsync("npm", ["run", "build", "--", "--out-dir", outDir], {
    cwd: REPO_DIR,
    timeout: 10 * 60 * 1000,
  });
  return outDir;
}

previewsRouter.get("/", requireRole("developer"), async (_req: Request, res: Response) => {
  res.json(await previewStore.list());
});

previewsRouter.post(
  "/",
  requireRole("developer"),
  async (req: Request<unknown, unknown, PreviewRequest>, res: Response, next: NextFunction) => {
    const { branch, ttlHours = 24 } = req.body;
    if (typeof branch !== "string" || !BRANCH_RE.test(branch) || branch.includes("..")) {
      return res.status(400).json({ error: "invalid branch name" });
    }
    try {
      const sha = await checkoutBranch(branch);
      const outDir = await buildPreview(sha);
      const preview = await previewStore.create({
        branch,
        sha,
        outDir,
        expiresAt: new Date(Date.now() + Math.min(ttlHours, 72) * 3600_000),
        createdBy: req.user!.id,
      });
      logger.info({ branch, sha, user: req.user!.id }, "preview created");
      res.status(201).json(preview);
    } catch (err) {
      next(err);
    }
  },
);

previewsRouter.delete("/:id", requireRole("developer"), async (req: Request, res: Response, next: NextFunction) => {
  try {
    const removed = await previewStore.remove(req.params.id);
    if (!removed) return res.status(404).end();
    res.status(204).end();
  } catch (err) {
    next(err);
  }
});
