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


def ticket_counts_by_status():
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT status, count(*) FROM tickets_ticket GROUP BY status"
        )
        return dict(cursor.fetchall())
