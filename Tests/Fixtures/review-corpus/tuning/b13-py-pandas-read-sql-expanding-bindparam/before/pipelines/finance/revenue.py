"""Weekly revenue extract feeding the finance dashboard."""

from __future__ import annotations

import pandas as pd
from sqlalchemy import create_engine

from pipelines.settings import WAREHOUSE_URL

engine = create_engine(WAREHOUSE_URL, pool_pre_ping=True)


def weekly_revenue() -> pd.DataFrame:
    query = """
        SELECT date_trunc('week', paid_at) AS week, region, SUM(amount_cents) / 100.0 AS revenue
        FROM payments
        WHERE status = 'settled'
        GROUP BY 1, 2
        ORDER BY 1
    """
    with engine.connect() as conn:
        return pd.read_sql(query, conn, parse_dates=["week"])