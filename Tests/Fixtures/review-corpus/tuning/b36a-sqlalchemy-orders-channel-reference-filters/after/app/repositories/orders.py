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


# {filters} is only ever filled with the constant fragments below; values are bound.
_LIST_ORDERS_SQL = """
    SELECT o.id, o.reference, o.status, o.total_cents, o.created_at, c.email AS customer_email
    FROM orders o
    JOIN customers c ON c.id = o.customer_id
    WHERE o.merchant_id = :merchant_id
      AND o.status IN :statuses
      AND o.created_at >= :since
      {filters}
    ORDER BY o.created_at DESC, o.id DESC
    LIMIT :limit
"""
_CHANNEL_FILTER = "AND o.channel IN :channels"
_REFERENCE_FILTER = "AND o.reference LIKE :reference_prefix ESCAPE '\\'"

_COUNT_OPEN = text(
    "SELECT count(*) FROM orders WHERE merchant_id = :merchant_id AND status IN :statuses"
).bindparams(bindparam("statuses", expanding=True))


def _escape_like(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


class OrderRepository:
    def __init__(self, session: Session):
        self.session = session

    def list_orders(
        self,
        merchant_id: int,
        since: datetime,
        statuses: tuple[str, ...] = OPEN_STATUSES,
        limit: int = 100,
        channels: tuple[str, ...] | None = None,
        reference_prefix: str | None = None,
    ) -> list[OrderRow]:
        params = {
            "merchant_id": merchant_id,
            "statuses": list(statuses),
            "since": since,
            "limit": min(limit, MAX_PAGE),
        }
        filters: list[str] = []
        expanding = [bindparam("statuses", expanding=True)]
        if channels:
            filters.append(_CHANNEL_FILTER)
            params["channels"] = list(channels)
            expanding.append(bindparam("channels", expanding=True))
        if reference_prefix:
            filters.append(_REFERENCE_FILTER)
            params["reference_prefix"] = _escape_like(reference_prefix) + "%"

        stmt = text(_LIST_ORDERS_SQL.format(filters="\n      ".join(filters))).bindparams(*expanding)
        result = self.session.execute(stmt, params)
        return [OrderRow(**row._mapping) for row in result]

    def count_open(self, merchant_id: int) -> int:
        return self.session.execute(
            _COUNT_OPEN,
            {"merchant_id": merchant_id, "statuses": list(OPEN_STATUSES)},
        ).scalar_one()
