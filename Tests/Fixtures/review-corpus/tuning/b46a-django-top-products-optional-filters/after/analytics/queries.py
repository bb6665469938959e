from django.db import connection


def top_products(store_id, since, limit=20, category_ids=None, channel=None):
    where = ["o.store_id = %s", "o.placed_at >= %s"]
    params = [store_id, since]
    if category_ids:
        where.append("p.category_id = ANY(%s)")
        params.append(list(category_ids))
    if channel:
        where.append("o.channel = %s")
        params.append(channel)
    params.append(limit)

    sql = f"""
        SELECT p.id, p.name, SUM(li.quantity) AS units
        FROM orders_lineitem li
        JOIN catalog_product p ON p.id = li.product_id
        JOIN orders_order o ON o.id = li.order_id
        WHERE {" AND ".join(where)}
        GROUP BY p.id, p.name
        ORDER BY units DESC
        LIMIT %s
    """
    with connection.cursor() as cur:
        cur.execute(sql, params)
        cols = [c[0] for c in cur.description]
        return [dict(zip(cols, row)) for row in cur.fetchall()]
