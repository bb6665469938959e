from sqlalchemy import text

from app.extensions import db


def _base_query():
    return (
        "SELECT o.id, o.reference, o.status, o.total_cents, c.email "
        "FROM orders o JOIN customers c ON c.id = o.customer_id "
        "WHERE o.tenant_id = :tenant_id"
    )


def orders_for_tenant(tenant_id, limit=100):
    sql = _base_query() + " ORDER BY o.created_at DESC LIMIT :limit"
    rows = db.session.execute(text(sql), {"tenant_id": tenant_id, "limit": limit})
    return [dict(r._mapping) for r in rows]
