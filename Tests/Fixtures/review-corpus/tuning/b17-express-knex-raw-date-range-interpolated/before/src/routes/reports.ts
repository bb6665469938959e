import { Router, Request, Response, NextFunction } from "express";
import { Knex } from "knex";
import { z } from "zod";
import { requireRole } from "../middleware/auth";
import { logger } from "../lib/logger";

const rangeSchema = z.object({
  from: z.string().min(1),
  to: z.string().min(1),
  tz: z.string().default("UTC"),
  storeId: z.coerce.number().int().positive().optional(),
});

type SalesRow = {
  day: string;
  orders: number;
  gross_cents: number;
  refunds_cents: number;
};

export function reportsRouter(db: Knex): Router {
  const router = Router();

  router.use(requireRole("analyst"));

  router.get("/sales/daily", async (req: Request, res: Response, next: NextFunction) => {
    const parsed = rangeSchema.safeParse(req.query);
    if (!parsed.success) {
      return res.status(400).json({ error: "invalid range", details: parsed.error.flatten() });
    }
    const { from, to, storeId } = parsed.data;

    try {
      const q = db("orders")
        .select(db.raw("date_trunc('day', created_at)::date AS day"))
        .count({ orders: "*" })
        .sum({ gross_cents: "total_cents" })
        .sum({ refunds_cents: "refunded_cents" })
        .whereBetween("created_at", [from, to])
        .groupByRaw("1")
        .orderBy("day", "asc");

      if (storeId) {
        q.andWhere("store_id", storeId);
      }

      const rows: SalesRow[] = await q;
      res.json({ from, to, rows });
    } catch (err) {
      logger.error({ err }, "daily sales report failed");
      next(err);
    }
  });

  router.get("/sales/top-products", async (req, res, next) => {
    const parsed = rangeSchema.safeParse(req.query);
    if (!parsed.success) {
      return res.status(400).json({ error: "invalid range" });
    }
    const { from, to } = parsed.data;
    try {
      const rows = await db("order_items as oi")
        .join("orders as o", "o.id", "oi.order_id")
        .join("products as p", "p.id", "oi.product_id")
        .select("p.id", "p.name")
        .sum({ units: "oi.quantity" })
        .whereBetween("o.created_at", [from, to])
        .groupBy("p.id", "p.name")
        .orderBy("units", "desc")
        .limit(25);
      res.json({ rows });
    } catch (err) {
      next(err);
    }
  });

  return router;
}