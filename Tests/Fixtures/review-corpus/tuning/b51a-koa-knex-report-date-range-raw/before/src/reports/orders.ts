import Router from "@koa/router";
import type { Knex } from "knex";
import { requireRole } from "../auth/roles";

const STATUSES = new Set(["pending", "paid", "shipped", "refunded"]);

export function ordersReportRouter(db: Knex): Router {
  const router = new Router({ prefix: "/reports/orders" });

  router.get("/", requireRole("analyst"), async (ctx) => {
    const { status, limit = "200" } = ctx.query as Record<string, string | undefined>;
    const tenantId = ctx.state.user.tenantId;

    const query = db("orders")
      .select("id", "customer_id", "status", "total_cents", "created_at", "shipped_at")
      .where("tenant_id", tenantId)
      .orderBy("created_at", "desc")
      .limit(Math.min(Number(limit) || 200, 1000));

    if (status && STATUSES.has(status)) {
      query.andWhere("status", status);
    }

    ctx.body = { rows: await query };
  });

  return router;
}
