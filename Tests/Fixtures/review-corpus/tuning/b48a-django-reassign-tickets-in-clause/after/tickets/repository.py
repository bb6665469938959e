from django.db import connection


def close_stale_tickets(days):
    with connection.cursor() as cursor:
        cursor.execute(
            """
            UPDATE tickets_ticket
               SET status = 'closed', closed_at = now()
             WHERE status = 'pending'
               AND updated_at < now() - make_interval(days => %s)
            """,
            [days],
        )
        return cursor.rowcount


def reassign_tickets(ticket_ids, assignee_id):
    if not ticket_ids:
        return 0
    placeholders = ", ".join(["%s"] * len(ticket_ids))
    sql = f"""
        UPDATE tickets_ticket
           SET assignee_id = %s, updated_at = now()
         WHERE id IN ({placeholders})
    """
    with connection.cursor() as cursor:
        cursor.execute(sql, [assignee_id, *ticket_ids])
        return cursor.rowcount


def ticket_counts_by_status():
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT status, count(*) FROM tickets_ticket GROUP BY status"
        )
        return dict(cursor.fetchall())
