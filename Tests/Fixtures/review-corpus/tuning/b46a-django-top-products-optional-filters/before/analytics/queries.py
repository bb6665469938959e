from django.db import connection


def top_products(store_id, since, limit=20):
    sql = """
        SELECT p.id, p.name, SUM(li.quantity) AS units
        FROM orders_lineitem li
        JOIN catalog_product p ON p.id = li.product_id
        JOIN orders_order o ON o.id = li.order_id
        WHERE o.store_id = %s AND o.placed_at >= %s
        GROUP BY p.id, p.name
        ORDER BY units DESC
        LIMIT %s
    """
    with connection.cursor() as cur:
        cur.execute(sql, [store_id, since, limit])
        cols = [c[0] for c in cur.description]
        return [dict(zip(cols, row)) for row in cur.fetchall()]
