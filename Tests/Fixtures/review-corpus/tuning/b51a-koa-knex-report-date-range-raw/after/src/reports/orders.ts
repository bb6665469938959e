import Router from "@koa/router";
import type { Knex } from "knex";
import { requireRole } from "../auth/roles";

const STATUSES = new Set(["pending", "paid", "shipped", "refunded"]);

function dateRange(field: string, from?: string, to?: string): string | null {
  const parts: string[] = [];
  if (from) parts.push(`${field} >= '${from}'`);
  if (to) parts.push(`${field} < '${to}'`);
  return parts.length ? parts.join(" AND ") : null;
}

export function ordersReportRouter(db: Knex): Router {
  const router = new Router({ prefix: "/reports/orders" });

  router.get("/", requireRole("analyst"), async (ctx) => {
    const {
      status,
      limit = "200",
      dateField = "created_at",
      from,
      to,
    } = ctx.query as Record<string, string | undefined>;
    const tenantId = ctx.state.user.tenantId;

    const query = db("orders")
      .select("id", "customer_id", "status", "total_cents", "created_at", "shipped_at")
      .where("tenant_id", tenantId)
      .orderBy("created_at", "desc")
      .limit(Math.min(Number(limit) || 200, 1000));

    if (status && STATUSES.has(status)) {
      query.andWhere("status", status);
    }

    const range = dateRange(dateField, from, to);
    if (range) {
      query.andWhereRaw(range);
    }

    ctx.body = { rows: await query };
  });

  return router;
}
