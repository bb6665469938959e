from datetime import date

from sqlalchemy import text
from sqlalchemy.orm import Session

USAGE_BY_METER = text(
    """
    SELECT meter, SUM(quantity) AS total
    FROM usage_events
    WHERE tenant_id = :tenant_id
      AND occurred_on BETWEEN :start AND :end
    GROUP BY meter
    ORDER BY meter
    """
)


def usage_by_meter(session: Session, tenant_id: int, start: date, end: date) -> dict[str, int]:
    rows = session.execute(
        USAGE_BY_METER, {"tenant_id": tenant_id, "start": start, "end": end}
    )
    return {row.meter: int(row.total) for row in rows}
