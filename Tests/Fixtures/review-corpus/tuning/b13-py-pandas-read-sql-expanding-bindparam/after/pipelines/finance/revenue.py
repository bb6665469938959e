"""Weekly revenue extract feeding the finance dashboard."""

from __future__ import annotations

from datetime import date

import pandas as pd
from sqlalchemy import bindparam, create_engine, text

from pipelines.settings import WAREHOUSE_URL

engine = create_engine(WAREHOUSE_URL, pool_pre_ping=True)


def weekly_revenue(start: date, end: date, regions: list[str] | None = None) -> pd.DataFrame:
    sql = """
        SELECT date_trunc('week', paid_at) AS week, region, SUM(amount_cents) / 100.0 AS revenue
        FROM payments
        WHERE status = 'settled'
          AND paid_at >= :start AND paid_at < :end
          {region_filter}
        GROUP BY 1, 2
        ORDER BY 1
    """
    params: dict[str, object] = {"start": start, "end": end}
    region_filter = ""
    if regions:
        region_filter = "AND region IN :regions"
        params["regions"] = list(regions)

    query = text(sql.format(region_filter=region_filter))
    if regions:
        query = query.bindparams(bindparam("regions", expanding=True))

    with engine.connect() as conn:
        return pd.read_sql(query, conn, params=params, parse_dates=["week"])