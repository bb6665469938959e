from django.db import connection

SHIPPED_TOTALS_SQL = """
    SELECT o.carrier, COUNT(*), SUM(o.weight_grams)
    FROM fulfillment_order o
    WHERE o.warehouse_id = %s
      AND o.shipped_at >= %s
      {carrier_clause}
    GROUP BY o.carrier
    ORDER BY 2 DESC
"""


def shipped_totals(warehouse_id, since, carriers=None):
    """Orders and weight shipped per carrier since a date, for the ops dashboard.

    carriers comes from the dashboard's multi-select (?carrier=dpd&carrier=royal-mail).
    """
    params = [warehouse_id, since]
    carrier_clause = ""
    if carriers:
        placeholders = ", ".join(["%s"] * len(carriers))
        carrier_clause = f"AND o.carrier IN ({placeholders})"
        params.extend(carriers)
    sql = SHIPPED_TOTALS_SQL.format(carrier_clause=carrier_clause)
    with connection.cursor() as cur:
        cur.execute(sql, params)
        rows = cur.fetchall()
    return [
        {"carrier": carrier, "orders": n, "weight_kg": (grams or 0) / 1000}
        for carrier, n, grams in rows
    ]
