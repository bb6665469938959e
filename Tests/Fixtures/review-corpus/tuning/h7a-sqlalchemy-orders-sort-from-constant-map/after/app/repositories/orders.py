from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import text
from sqlalchemy.orm import Session

# Whitelisted sort keys exposed by the API -> SQL expression.
SORT_COLUMNS = {
    "created": "o.created_at",
    "total": "o.total_cents",
    "customer": "lower(c.last_name), lower(c.first_name)",
    "status": "o.status",
}
DEFAULT_SORT = "created"

LIST_SQL = """
    SELECT o.id, o.reference, o.status, o.total_cents, o.created_at,
           c.first_name, c.last_name, c.email
      FROM orders o
      JOIN customers c ON c.id = o.customer_id
     WHERE o.tenant_id = :tenant_id
       AND (:q IS NULL OR o.reference ILIKE :q OR c.email ILIKE :q)
"""


@dataclass(frozen=True)
class OrderRow:
    id: int
    reference: str
    status: str
    total_cents: int
    created_at: datetime
    first_name: str
    last_name: str
    email: str


class OrderRepository:
    def __init__(self, session: Session):
        self.session = session

    def list_orders(
        self,
        tenant_id: int,
        q: str | None = None,
        sort: str = DEFAULT_SORT,
        descending: bool = True,
        limit: int = 50,
        offset: int = 0,
    ) -> list[OrderRow]:
        order_expr = SORT_COLUMNS.get(sort, SORT_COLUMNS[DEFAULT_SORT])
        direction = "DESC" if descending else "ASC"
        sql = text(
            LIST_SQL
            + f" ORDER BY {order_expr} {direction}, o.id {direction}"
            + " LIMIT :limit OFFSET :offset"
        )
        params = {
            "tenant_id": tenant_id,
            "q": f"%{q}%" if q else None,
            "limit": min(max(limit, 1), 200),
            "offset": max(offset, 0),
        }
        return [OrderRow(**row._mapping) for row in self.session.execute(sql, params)]

    def count_orders(self, tenant_id: int, q: str | None = None) -> int:
        sql = text(f"SELECT count(*) FROM ({LIST_SQL}) AS sub")
        return self.session.execute(sql, {"tenant_id": tenant_id, "q": f"%{q}%" if q else None}).scalar_one()
