"""Read queries for the shipments dashboard (SQLAlchemy Core, no ORM)."""
from __future__ import annotations

from datetime import datetime
from typing import Any, Sequence

from sqlalchemy import Column, DateTime, Integer, MetaData, String, Table, func, or_, select
from sqlalchemy.engine import Connection

metadata = MetaData()

shipments = Table(
    "shipments",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("tenant_id", Integer, nullable=False),
    Column("reference", String(64), nullable=False),
    Column("carrier", String(32), nullable=False),
    Column("status", String(16), nullable=False),
    Column("destination_country", String(2)),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("delivered_at", DateTime(timezone=True)),
)

# Public sort keys -> columns. Anything else falls back to newest first.
SORTABLE = {
    "created": shipments.c.created_at,
    "delivered": shipments.c.delivered_at,
    "carrier": shipments.c.carrier,
    "reference": shipments.c.reference,
}


def _escape_like(term: str) -> str:
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def list_shipments(
    conn: Connection,
    tenant_id: int,
    *,
    carrier: str | None = None,
    q: str | None = None,
    created_from: datetime | None = None,
    created_to: datetime | None = None,
    sort: str = "created",
    descending: bool = True,
    limit: int = 50,
    offset: int = 0,
) -> Sequence[dict[str, Any]]:
    stmt = select(shipments).where(shipments.c.tenant_id == tenant_id)
    if carrier:
        stmt = stmt.where(shipments.c.carrier == carrier)
    if q:
        pattern = f"%{_escape_like(q.strip())}%"
        stmt = stmt.where(
            or_(
                shipments.c.reference.ilike(pattern, escape="\\"),
                shipments.c.destination_country == q.strip().upper()[:2],
            )
        )
    if created_from is not None:
        stmt = stmt.where(shipments.c.created_at >= created_from)
    if created_to is not None:
        stmt = stmt.where(shipments.c.created_at < created_to)

    order_col = SORTABLE.get(sort, shipments.c.created_at)
    stmt = stmt.order_by(order_col.desc() if descending else order_col.asc())
    stmt = stmt.limit(min(limit, 200)).offset(offset)
    return [dict(row) for row in conn.execute(stmt).mappings()]


def count_by_status(conn: Connection, tenant_id: int) -> dict[str, int]:
    stmt = (
        select(shipments.c.status, func.count())
        .where(shipments.c.tenant_id == tenant_id)
        .group_by(shipments.c.status)
    )
    return {status: n for status, n in conn.execute(stmt)}
