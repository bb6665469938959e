from datetime import date

from psycopg.rows import dict_row

from reports.db import pool


def revenue_by_day(account_id: int, start: date, end: date):
    sql = """
        SELECT date_trunc('day', o.paid_at)::date AS day,
               sum(o.total_cents)                  AS revenue_cents,
               count(*)                            AS orders
          FROM orders o
         WHERE o.account_id = %s
           AND o.paid_at >= %s
           AND o.paid_at <  %s
         GROUP BY 1
         ORDER BY 1
    """
    with pool.connection() as conn, conn.cursor(row_factory=dict_row) as cur:
        cur.execute(sql, (account_id, start, end))
        return cur.fetchall()
