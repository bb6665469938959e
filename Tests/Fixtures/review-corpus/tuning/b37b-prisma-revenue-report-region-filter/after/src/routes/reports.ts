import { Router } from 'express';
import { Prisma } from '@prisma/client';
import { prisma } from '../db';
import { requireRole } from '../middleware/requireRole';

type RevenueRow = { day: Date; orders: bigint; revenue: Prisma.Decimal };
type TopProductRow = { sku: string; name: string; units: bigint };

export const reportsRouter = Router();

reportsRouter.use(requireRole('finance', 'ops'));

function parseRange(query: Record<string, unknown>) {
  const from = new Date(String(query.from ?? ''));
  const to = new Date(String(query.to ?? ''));
  if (Number.isNaN(from.getTime()) || Number.isNaN(to.getTime()) || from >= to) {
    return null;
  }
  return { from, to };
}

reportsRouter.get('/revenue', async (req, res, next) => {
  try {
    const range = parseRange(req.query);
    if (!range) {
      return res.status(400).json({ error: 'from and to must be ISO dates, from < to' });
    }
    const region = req.query.region as string | undefined;
    const channel = req.query.channel as string | undefined;

    let where = `o.created_at >= $1 AND o.created_at < $2 AND o.status = 'paid'`;
    if (region) where += ` AND o.region = '${region}'`;
    if (channel) where += ` AND o.channel = '${channel}'`;

    const rows = await prisma.$queryRawUnsafe<RevenueRow[]>(
      `SELECT date_trunc('day', o.created_at) AS day,
              count(*)                        AS orders,
              sum(o.total)                    AS revenue
         FROM orders o
        WHERE ${where}
        GROUP BY 1
        ORDER BY 1`,
      range.from,
      range.to,
    );

    res.json(
      rows.map((r) => ({ day: r.day, orders: Number(r.orders), revenue: r.revenue.toString() })),
    );
  } catch (err) {
    next(err);
  }
});

reportsRouter.get('/top-products', async (req, res, next) => {
  try {
    const range = parseRange(req.query);
    if (!range) {
      return res.status(400).json({ error: 'from and to must be ISO dates, from < to' });
    }
    const limit = Math.min(Math.max(Number(req.query.limit) || 20, 1), 100);

    const rows = await prisma.$queryRaw<TopProductRow[]>`
      SELECT p.sku, p.name, sum(li.quantity) AS units
        FROM line_items li
        JOIN products p ON p.id = li.product_id
        JOIN orders o   ON o.id = li.order_id
       WHERE o.created_at >= ${range.from}
         AND o.created_at <  ${range.to}
         AND o.status = 'paid'
       GROUP BY p.sku, p.name
       ORDER BY units DESC
       LIMIT ${limit}`;

    res.json(rows.map((r) => ({ ...r, units: Number(r.units) })));
  } catch (err) {
    next(err);
  }
});
