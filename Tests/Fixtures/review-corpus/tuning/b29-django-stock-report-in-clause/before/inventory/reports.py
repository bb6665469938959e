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


def stock_levels(warehouse_id: int, sort: str = "sku", descending: bool = False) -> list[StockRow]:
    order_col = SORT_COLUMNS.get(sort, SORT_COLUMNS["sku"])
    direction = "DESC" if descending else "ASC"
    sql = f"""
        SELECT p.sku, p.name, w.code,
               COALESCE(SUM(m.quantity), 0) AS on_hand,
               COALESCE(SUM(r.quantity), 0) AS reserved
        FROM catalog_product p
        JOIN inventory_warehouse w ON w.id = %s
        LEFT JOIN inventory_movement m ON m.product_id = p.id AND m.warehouse_id = w.id
        LEFT JOIN orders_reservation r ON r.product_id = p.id AND r.warehouse_id = w.id
                                       AND r.released_at IS NULL
        GROUP BY p.sku, p.name, w.code
        ORDER BY {order_col} {direction}
    """
    with connection.cursor() as cursor:
        cursor.execute(sql, [warehouse_id])
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
