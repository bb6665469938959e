from django.db import connection

ROLLUP_TABLES = {
    "hourly": "metrics_rollup_hourly",
    "daily": "metrics_rollup_daily",
    "weekly": "metrics_rollup_weekly",
}


class UnknownGranularity(ValueError):
    pass


def _table_for(granularity: str) -> str:
    try:
        return ROLLUP_TABLES[granularity]
    except KeyError:
        raise UnknownGranularity(granularity) from None


def series(metric_id: int, granularity: str, start, end):
    table = _table_for(granularity)
    sql = (
        f"SELECT bucket, value FROM {table} "
        "WHERE metric_id = %s AND bucket >= %s AND bucket < %s ORDER BY bucket"
    )
    with connection.cursor() as cur:
        cur.execute(sql, [metric_id, start, end])
        return cur.fetchall()
