def orders(cursor, ids):
    marks = ", ".join(["%s"] * len(ids))
    cursor.execute(f"SELECT * FROM orders WHERE id IN ({marks})", ids)
    return cursor.fetchall()
