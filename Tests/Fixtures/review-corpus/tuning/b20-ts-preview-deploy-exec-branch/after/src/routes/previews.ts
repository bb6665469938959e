import { Router, Request, Response, NextFunction } from "express";
import { exec, execFile } from "node:child_process";
import { promisify } from "node:util";
import path from "node:path";
import { requireRole } from "../middleware/auth";
import { logger } from "../logger";
import { previewStore } from "../stores/previewStore";

const execFileAsync = promisify(execFile);
const execAsync = promisify(exec);
const REPO_DIR = process.env.PREVIEW_REPO_DIR ?? "/srv/previews/repo";

export const previewsRouter = Router();

interface PreviewRequest {
  branch: string;
  ttlHours?: number;
}

async function checkoutBranch(ref: string): Promise<string> {
  // single round-trip; also lets callers pass a tag or "pr/123" style ref
  const { stdout } = await execAsync(
    `git fetch --prune origin && git checkout --force origin/${ref} && git rev-parse HEAD`,
    { cwd: REPO_DIR },
  );
  return stdout.trim().split("\n").pop()!;
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
    if (typeof branch !== "string" || branch.length === 0) {
      return res.status(400).json({ error: "branch is required" });
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
