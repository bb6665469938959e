from flask import request

from .db import get_db

orderings = {
    "newest": "created_at DESC",
    "oldest": "created_at ASC",
    "price": "price_cents ASC",
}


def list_items():
    order = orderings.get(request.args.get("sort"), "created_at DESC")
    shop = request.args.get("shop", type=int)
    rows = get_db().execute(
        f"SELECT id, title, price_cents FROM items WHERE shop_id = ? ORDER BY {order}", (shop,)
    ).fetchall()
    return [dict(row) for row in rows]
