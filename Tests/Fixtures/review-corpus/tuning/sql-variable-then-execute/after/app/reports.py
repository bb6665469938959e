def report(cursor, region):
    query = "SELECT total FROM sales WHERE region = '" + region + "'"
    cursor.execute(query)
    return cursor.fetchall()
