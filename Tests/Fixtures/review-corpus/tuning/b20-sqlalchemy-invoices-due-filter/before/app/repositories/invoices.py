"""Read-side queries for invoices. Writes go through the ORM in services/billing.py."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Sequence

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

SORTABLE = {
    "issued": "i.issued_on",
    "due": "i.due_on",
    "amount": "i.amount_due",
}


@dataclass(frozen=True)
class InvoiceRow:
    id: int
    number: str
    customer_name: str
    issued_on: date
    due_on: date
    amount_due: Decimal
    status: str


async def list_invoices(
    session: AsyncSession,
    org_id: int,
    *,
    status: str | None = None,
    sort: str = "issued",
    limit: int = 50,
    offset: int = 0,
) -> Sequence[InvoiceRow]:
    where = ["i.org_id = :org_id"]
    params: dict[str, object] = {"org_id": org_id, "limit": limit, "offset": offset}
    if status is not None:
        where.append("i.status = :status")
        params["status"] = status

    order_col = SORTABLE.get(sort, SORTABLE["issued"])
    stmt = text(
        f"""
        SELECT i.id, i.number, c.name AS customer_name, i.issued_on, i.due_on,
               i.amount_due, i.status
        FROM invoices i
        JOIN customers c ON c.id = i.customer_id
        WHERE {" AND ".join(where)}
        ORDER BY {order_col} DESC, i.id DESC
        LIMIT :limit OFFSET :offset
        """
    )
    result = await session.execute(stmt, params)
    return [InvoiceRow(**row._mapping) for row in result]


async def outstanding_total(session: AsyncSession, org_id: int) -> Decimal:
    result = await session.execute(
        text(
            "SELECT COALESCE(SUM(amount_due), 0) FROM invoices "
            "WHERE org_id = :org_id AND status IN ('open', 'overdue')"
        ),
        {"org_id": org_id},
    )
    return result.scalar_one()


async def find_by_number(session: AsyncSession, org_id: int, number: str) -> InvoiceRow | None:
    result = await session.execute(
        text(
            "SELECT i.id, i.number, c.name AS customer_name, i.issued_on, i.due_on, "
            "i.amount_due, i.status FROM invoices i JOIN customers c ON c.id = i.customer_id "
            "WHERE i.org_id = :org_id AND i.number = :number"
        ),
        {"org_id": org_id, "number": number},
    )
    row = result.first()
    return InvoiceRow(**row._mapping) if row else None
