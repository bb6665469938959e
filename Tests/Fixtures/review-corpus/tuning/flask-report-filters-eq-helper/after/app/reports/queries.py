from sqlalchemy import text

from app.extensions import db

FILTERABLE = ("o.status", "c.email", "o.reference")


def _base_query():
    return (
        "SELECT o.id, o.reference, o.status, o.total_cents, c.email "
        "FROM orders o JOIN customers c ON c.id = o.customer_id "
        "WHERE o.tenant_id = :tenant_id"
    )


def _eq(column, value):
    return f"{column} = '{value}'"


def orders_for_tenant(tenant_id, limit=100):
    sql = _base_query() + " ORDER BY o.created_at DESC LIMIT :limit"
    rows = db.session.execute(text(sql), {"tenant_id": tenant_id, "limit": limit})
    return [dict(r._mapping) for r in rows]


def orders_matching(tenant_id, filters, limit=100):
    """filters is the report builder's query string, e.g. {"o.status": "paid"}."""
    parts = [_base_query()]
    for column, value in filters.items():
        if column in FILTERABLE:
            parts.append("AND " + _eq(column, value))
    sql = " ".join(parts) + " ORDER BY o.created_at DESC LIMIT :limit"
    rows = db.session.execute(text(sql), {"tenant_id": tenant_id, "limit": limit})
    return [dict(r._mapping) for r in rows]
