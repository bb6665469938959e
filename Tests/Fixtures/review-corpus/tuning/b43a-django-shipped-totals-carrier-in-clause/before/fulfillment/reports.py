from django.db import connection

SHIPPED_TOTALS_SQL = """
    SELECT o.carrier, COUNT(*), SUM(o.weight_grams)
    FROM fulfillment_order o
    WHERE o.warehouse_id = %s
      AND o.shipped_at >= %s
    GROUP BY o.carrier
    ORDER BY 2 DESC
"""


def shipped_totals(warehouse_id, since):
    """Orders and weight shipped per carrier since a date, for the ops dashboard."""
    with connection.cursor() as cur:
        cur.execute(SHIPPED_TOTALS_SQL, [warehouse_id, since])
        rows = cur.fetchall()
    return [
        {"carrier": carrier, "orders": n, "weight_kg": (grams or 0) / 1000}
        for carrier, n, grams in rows
    ]
