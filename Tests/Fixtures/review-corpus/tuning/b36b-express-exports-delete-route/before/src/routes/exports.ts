import { Router } from 'express';
import path from 'node:path';
import { promises as fs, createReadStream } from 'node:fs';
import { requireAuth, requireRole } from '../middleware/auth';
import { exportQueue } from '../jobs/queues';
import { config } from '../config';

const router = Router();

const EXPORT_ROOT = path.resolve(config.storage.exportsDir);

/**
 * Resolve `name` inside `root`, refusing anything that escapes it
 * (../, absolute paths, encoded separators after decoding).
 */
export function resolveInside(root: string, name: string): string | null {
  if (!name || name.includes('\0')) return null;
  const resolvedRoot = path.resolve(root);
  const target = path.resolve(resolvedRoot, name);
  if (target !== resolvedRoot && !target.startsWith(resolvedRoot + path.sep)) {
    return null;
  }
  return target;
}

function workspaceDir(workspaceId: string): string {
  return path.join(EXPORT_ROOT, workspaceId);
}

router.use(requireAuth);

router.get('/', async (req, res, next) => {
  try {
    const dir = workspaceDir(req.user!.workspaceId);
    const entries = await fs.readdir(dir, { withFileTypes: true }).catch(() => []);
    const files = await Promise.all(
      entries
        .filter((e) => e.isFile())
        .map(async (e) => {
          const stat = await fs.stat(path.join(dir, e.name));
          return { name: e.name, size: stat.size, createdAt: stat.birthtime };
        }),
    );
    res.json({ files });
  } catch (err) {
    next(err);
  }
});

router.post('/', requireRole('admin'), async (req, res, next) => {
  try {
    const job = await exportQueue.add('workspace-export', {
      workspaceId: req.user!.workspaceId,
      requestedBy: req.user!.id,
      format: req.body?.format === 'json' ? 'json' : 'csv',
    });
    res.status(202).json({ jobId: job.id });
  } catch (err) {
    next(err);
  }
});

router.get('/:file', async (req, res, next) => {
  const target = resolveInside(workspaceDir(req.user!.workspaceId), req.params.file);
  if (!target) return res.status(400).json({ error: 'invalid_file' });

  try {
    const stat = await fs.stat(target);
    if (!stat.isFile()) return res.status(404).end();
    res.setHeader('Content-Length', stat.size);
    res.attachment(path.basename(target));
    createReadStream(target).on('error', next).pipe(res);
  } catch (err: any) {
    if (err?.code === 'ENOENT') return res.status(404).json({ error: 'not_found' });
    next(err);
  }
});

export default router;
