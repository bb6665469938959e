from datetime import date
from typing import Sequence

from psycopg.rows import dict_row

from reports.db import pool


def revenue_by_day(
    account_id: int,
    start: date,
    end: date,
    store_ids: Sequence[int] | None = None,
):
    params: list = [account_id, start, end]
    store_filter = ""
    if store_ids:
        placeholders = ", ".join(["%s"] * len(store_ids))
        store_filter = f"AND o.store_id IN ({placeholders})"
        params.extend(int(s) for s in store_ids)

    sql = f"""
        SELECT date_trunc('day', o.paid_at)::date AS day,
               sum(o.total_cents)                  AS revenue_cents,
               count(*)                            AS orders
          FROM orders o
         WHERE o.account_id = %s
           AND o.paid_at >= %s
           AND o.paid_at <  %s
           {store_filter}
         GROUP BY 1
         ORDER BY 1
    """
    with pool.connection() as conn, conn.cursor(row_factory=dict_row) as cur:
        cur.execute(sql, params)
        return cur.fetchall()
