SORT_COLUMNS = {"created": "created_at", "total": "total_cents"}


def list_orders(cur, sort, descending, customer_id):
    column = SORT_COLUMNS.get(sort, "created_at")
    direction = "DESC" if descending else "ASC"
    cur.execute(
        f"SELECT id, total_cents, created_at FROM orders WHERE customer_id = %s ORDER BY {column} {direction}",
        (customer_id,),
    )
    return cur.fetchall()