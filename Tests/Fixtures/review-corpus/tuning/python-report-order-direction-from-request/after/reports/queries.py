from flask import request

SORT_COLUMNS = {"created": "created_at", "total": "total_cents"}


def list_orders(cur, customer_id):
    column = SORT_COLUMNS.get(request.args.get("sort"), "created_at")
    direction = request.args.get("dir", "ASC")
    cur.execute(
        f"SELECT id, total_cents, created_at FROM orders WHERE customer_id = %s ORDER BY {column} {direction}",
        (customer_id,),
    )
    return cur.fetchall()