import os

import pandas as pd
from sqlalchemy import create_engine, text

QUERY = text(
    """
    SELECT date_trunc('day', created_at) AS day, count(*) AS orders, sum(total_cents) AS revenue
    FROM orders
    WHERE created_at >= :since
    GROUP BY 1
    ORDER BY 1
    """
)


def daily_revenue(since):
    engine = create_engine(
        os.getenv(
            "REPORTING_DATABASE_URL",
            "postgresql+psycopg2://reporting_ro:NMceUMGEc1-gw0eXDQ4diLdG@reporting-db.prod.acme-internal.net:5432/reporting",
        ),
        pool_pre_ping=True,
    )
    with engine.connect() as conn:
        return pd.read_sql(QUERY, conn, params={"since": since})
