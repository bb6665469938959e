import sqlite3

from flask import Blueprint, current_app, g, jsonify, request

bp = Blueprint("inventory", __name__, url_prefix="/api/inventory")

MAX_BULK_SKUS = 200


def get_db():
    if "db" not in g:
        g.db = sqlite3.connect(current_app.config["INVENTORY_DB"])
        g.db.row_factory = sqlite3.Row
    return g.db


@bp.get("/<sku>")
def get_item(sku):
    row = get_db().execute(
        "SELECT sku, name, quantity, warehouse FROM items WHERE sku = ?", (sku,)
    ).fetchone()
    if row is None:
        return jsonify(error="not found"), 404
    return jsonify(dict(row))


@bp.post("/lookup")
def bulk_lookup():
    skus = [str(s) for s in (request.get_json(silent=True) or {}).get("skus", [])][:MAX_BULK_SKUS]
    if not skus:
        return jsonify(items=[])
    placeholders = ", ".join("?" for _ in skus)
    rows = get_db().execute(
        f"SELECT sku, name, quantity, warehouse FROM items WHERE sku IN ({placeholders})",
        skus,
    ).fetchall()
    return jsonify(items=[dict(r) for r in rows])
