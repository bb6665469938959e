"""Raw-SQL reports for the warehouse dashboard.

The ORM produced a 14-way join for these, so they are hand-written. Every
value that comes from a request goes through cursor.execute parameters.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.db import connection

SORT_COLUMNS = {
    "sku": "p.sku",
    "on_hand": "on_hand",
    "reserved": "reserved",
    "available": "on_hand - reserved",
}


@dataclass(frozen=True)
class StockRow:
    sku: str
    name: str
    warehouse: str
    on_hand: int
    reserved: int

    @property
    def available(self) -> int:
        return self.on_hand - self.reserved


def _rows(cursor) -> list[StockRow]:
    return [StockRow(*row) for row in cursor.fetchall()]


def _escape_like(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def stock_levels(
    warehouse_ids: list[int],
    sort: str = "sku",
    descending: bool = False,
    sku_prefix: str | None = None,
) -> list[StockRow]:
    if not warehouse_ids:
        return []
    order_col = SORT_COLUMNS.get(sort, SORT_COLUMNS["sku"])
    direction = "DESC" if descending else "ASC"
    placeholders = ", ".join(["%s"] * len(warehouse_ids))
    params: list[object] = [int(w) for w in warehouse_ids]

    sku_filter = ""
    if sku_prefix:
        sku_filter = "WHERE p.sku LIKE %s"
        params.append(_escape_like(sku_prefix) + "%")

    sql = f"""
        SELECT p.sku, p.name, w.code,
               COALESCE(SUM(m.quantity), 0) AS on_hand,
               COALESCE(SUM(r.quantity), 0) AS reserved
        FROM catalog_product p
        JOIN inventory_warehouse w ON w.id IN ({placeholders})
        LEFT JOIN inventory_movement m ON m.product_id = p.id AND m.warehouse_id = w.id
        LEFT JOIN orders_reservation r ON r.product_id = p.id AND r.warehouse_id = w.id
                                       AND r.released_at IS NULL
        {sku_filter}
        GROUP BY p.sku, p.name, w.code
        ORDER BY {order_col} {direction}, w.code
    """
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return _rows(cursor)


def movements_since(warehouse_id: int, since: date) -> list[tuple]:
    with connection.cursor() as cursor:
        cursor.execute(
            """
            SELECT m.created_at, p.sku, m.quantity, m.reason
            FROM inventory_movement m
            JOIN catalog_product p ON p.id = m.product_id
            WHERE m.warehouse_id = %s AND m.created_at >= %s
            ORDER BY m.created_at
            """,
            [warehouse_id, since],
        )
        return cursor.fetchall()
