from datetime import date
from typing import Sequence

from psycopg2.extras import RealDictCursor

from reporting.db import get_conn

ORDER_COLUMNS = "o.id, o.customer_id, o.status, o.total_cents, o.created_at"


def orders_for_customers(
    customer_ids: Sequence[int],
    since: date,
    statuses: Sequence[str] = (),
) -> list[dict]:
    if not customer_ids:
        return []
    id_slots = ", ".join(["%s"] * len(customer_ids))
    where = [f"o.customer_id IN ({id_slots})", "o.created_at >= %s"]
    params: list = [*customer_ids, since]
    if statuses:
        where.append("o.status = ANY(%s)")
        params.append(list(statuses))
    sql = (
        f"SELECT {ORDER_COLUMNS} FROM orders o "
        f"WHERE {' AND '.join(where)} "
        "ORDER BY o.created_at DESC"
    )
    with get_conn() as conn, conn.cursor(cursor_factory=RealDictCursor) as cur:
        cur.execute(sql, params)
        return list(cur.fetchall())


def orders_for_customer(customer_id: int, since: date) -> list[dict]:
    return orders_for_customers([customer_id], since)


def order_totals_by_status(since: date) -> dict[str, int]:
    with get_conn() as conn, conn.cursor() as cur:
        cur.execute(
            "SELECT status, SUM(total_cents) FROM orders WHERE created_at >= %s GROUP BY status",
            (since,),
        )
        return {status: int(total or 0) for status, total in cur.fetchall()}
