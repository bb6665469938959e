from datetime import date

from sqlalchemy import text
from sqlalchemy.orm import Session

BASE_SQL = """
SELECT o.region,
       date_trunc('day', o.placed_at) AS day,
       count(*) AS orders,
       sum(o.total_cents) AS revenue_cents
FROM orders o
WHERE o.placed_at >= :start AND o.placed_at < :end
"""

GROUP_SQL = " GROUP BY o.region, day ORDER BY day, o.region"


def daily_revenue(session: Session, start: date, end: date):
    stmt = text(BASE_SQL + GROUP_SQL)
    return session.execute(stmt, {"start": start, "end": end}).mappings().all()
