from flask import Blueprint, abort, current_app, g, jsonify, request

from inventory.auth import require_scope
from inventory.db import get_conn

bp = Blueprint("stock", __name__, url_prefix="/api/stock")

MAX_SKUS = 200


def _row_to_dict(row):
    sku, description, on_hand, reserved = row
    return {
        "sku": sku,
        "description": description,
        "on_hand": on_hand,
        "reserved": reserved,
        "available": max(on_hand - reserved, 0),
    }


@bp.get("/levels")
@require_scope("stock:read")
def stock_levels():
    warehouse = request.args.get("warehouse", type=int)
    if warehouse is None:
        abort(400, "warehouse is required")

    with get_conn() as conn, conn.cursor() as cur:
        cur.execute(
            """
            SELECT s.sku, s.description, l.on_hand, l.reserved
              FROM stock_levels l
              JOIN skus s ON s.id = l.sku_id
             WHERE l.warehouse_id = %s
             ORDER BY s.sku
            """,
            (warehouse,),
        )
        rows = cur.fetchall()
    return jsonify([_row_to_dict(r) for r in rows])


@bp.post("/reserve")
@require_scope("stock:write")
def reserve():
    body = request.get_json(force=True)
    try:
        warehouse = int(body["warehouse"])
        sku = str(body["sku"])
        qty = int(body["quantity"])
    except (KeyError, TypeError, ValueError):
        abort(400, "warehouse, sku and quantity are required")
    if qty <= 0:
        abort(400, "quantity must be positive")

    with get_conn() as conn, conn.cursor() as cur:
        cur.execute(
            """
            UPDATE stock_levels l
               SET reserved = l.reserved + %s
              FROM skus s
             WHERE s.id = l.sku_id AND s.sku = %s AND l.warehouse_id = %s
               AND l.on_hand - l.reserved >= %s
            RETURNING l.on_hand, l.reserved
            """,
            (qty, sku, warehouse, qty),
        )
        updated = cur.fetchone()
    if updated is None:
        abort(409, "insufficient stock")
    current_app.logger.info("reserved %s x %s in %s for %s", qty, sku, warehouse, g.client_id)
    return jsonify({"on_hand": updated[0], "reserved": updated[1]})
