import { Router, Request, Response } from 'express';
import { z } from 'zod';
import { loadSheet } from '../services/sheets';

export const sheetsRouter = Router();

const CellQuery = z.object({
  sheetId: z.string().uuid(),
  cell: z.string().regex(/^[A-Z]{1,3}[0-9]{1,5}$/),
});

sheetsRouter.get('/cell', async (req: Request, res: Response) => {
  const parsed = CellQuery.safeParse(req.query);
  if (!parsed.success) {
    return res.status(400).json({ error: parsed.error.flatten() });
  }
  const sheet = await loadSheet(parsed.data.sheetId);
  return res.json({ value: sheet.cells[parsed.data.cell] ?? null });
});
