from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import bindparam, text
from sqlalchemy.orm import Session

OPEN_STATUSES = ("pending", "paid", "packing")
MAX_PAGE = 500


@dataclass(frozen=True)
class OrderRow:
    id: int
    reference: str
    status: str
    total_cents: int
    created_at: datetime
    customer_email: str


_LIST_ORDERS = text(
    """
    SELECT o.id, o.reference, o.status, o.total_cents, o.created_at, c.email AS customer_email
    FROM orders o
    JOIN customers c ON c.id = o.customer_id
    WHERE o.merchant_id = :merchant_id
      AND o.status IN :statuses
      AND o.created_at >= :since
    ORDER BY o.created_at DESC, o.id DESC
    LIMIT :limit
    """
).bindparams(bindparam("statuses", expanding=True))

_COUNT_OPEN = text(
    "SELECT count(*) FROM orders WHERE merchant_id = :merchant_id AND status IN :statuses"
).bindparams(bindparam("statuses", expanding=True))


class OrderRepository:
    def __init__(self, session: Session):
        self.session = session

    def list_orders(
        self,
        merchant_id: int,
        since: datetime,
        statuses: tuple[str, ...] = OPEN_STATUSES,
        limit: int = 100,
    ) -> list[OrderRow]:
        result = self.session.execute(
            _LIST_ORDERS,
            {
                "merchant_id": merchant_id,
                "statuses": list(statuses),
                "since": since,
                "limit": min(limit, MAX_PAGE),
            },
        )
        return [OrderRow(**row._mapping) for row in result]

    def count_open(self, merchant_id: int) -> int:
        return self.session.execute(
            _COUNT_OPEN,
            {"merchant_id": merchant_id, "statuses": list(OPEN_STATUSES)},
        ).scalar_one()
