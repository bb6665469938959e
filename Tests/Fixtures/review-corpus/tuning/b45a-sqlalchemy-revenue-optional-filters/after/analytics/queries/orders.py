from datetime import date
from typing import Iterable, Optional

from sqlalchemy import bindparam, text
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


def daily_revenue(
    session: Session,
    start: date,
    end: date,
    regions: Optional[Iterable[str]] = None,
    channel: Optional[str] = None,
):
    sql = [BASE_SQL]
    params = {"start": start, "end": end}
    if regions:
        sql.append(" AND o.region IN :regions")
        params["regions"] = list(regions)
    if channel:
        sql.append(" AND o.channel = :channel")
        params["channel"] = channel
    stmt = text("".join(sql) + GROUP_SQL)
    if regions:
        stmt = stmt.bindparams(bindparam("regions", expanding=True))
    return session.execute(stmt, params).mappings().all()
