from datetime import date

from sqlalchemy import text
from sqlalchemy.orm import Session


def _meter_clause(meters: list[str] | None) -> str:
    # meters come straight from the ?meter= filter chips on the usage page
    if not meters:
        return ""
    quoted = ", ".join(f"'{m}'" for m in meters)
    return f"AND meter IN ({quoted})"


def usage_by_meter(
    session: Session, tenant_id: int, start: date, end: date, meters: list[str] | None = None
) -> dict[str, int]:
    sql = f"""
        SELECT meter, SUM(quantity) AS total
        FROM usage_events
        WHERE tenant_id = :tenant_id
          AND occurred_on BETWEEN :start AND :end
          {_meter_clause(meters)}
        GROUP BY meter
        ORDER BY meter
    """
    rows = session.execute(text(sql), {"tenant_id": tenant_id, "start": start, "end": end})
    return {row.meter: int(row.total) for row in rows}
