import { Router } from "express";
import { z } from "zod";
import { requireUser } from "../middleware/auth";
import { listCustomers } from "../services/customers";

const router = Router();

const querySchema = z.object({
  plan: z.enum(["free", "pro", "enterprise"]).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  where: z.string().max(500).optional(),
});

router.get("/segments/preview", requireUser, async (req, res, next) => {
  try {
    const q = querySchema.parse(req.query);
    const customers = await listCustomers(req.user!.orgId, { plan: q.plan });
    let rows = customers;
    if (q.where) {
      // e.g. ?where=c.mrr > 100 && c.country === "DE"
      const predicate = new Function("c", `return (${q.where});`) as (c: unknown) => boolean;
      rows = customers.filter((c) => predicate(c));
    }
    res.json({ count: rows.length, sample: rows.slice(0, q.limit) });
  } catch (err) {
    next(err);
  }
});

export default router;
