from datetime import date

from psycopg2.extras import RealDictCursor

from reporting.db import get_conn

ORDER_COLUMNS = "o.id, o.customer_id, o.status, o.total_cents, o.created_at"


def orders_for_customer(customer_id: int, since: date) -> list[dict]:
    sql = (
        f"SELECT {ORDER_COLUMNS} FROM orders o "
        "WHERE o.customer_id = %s AND o.created_at >= %s "
        "ORDER BY o.created_at DESC"
    )
    with get_conn() as conn, conn.cursor(cursor_factory=RealDictCursor) as cur:
        cur.execute(sql, (customer_id, since))
        return list(cur.fetchall())


def order_totals_by_status(since: date) -> dict[str, int]:
    with get_conn() as conn, conn.cursor() as cur:
        cur.execute(
            "SELECT status, SUM(total_cents) FROM orders WHERE created_at >= %s GROUP BY status",
            (since,),
        )
        return {status: int(total or 0) for status, total in cur.fetchall()}
