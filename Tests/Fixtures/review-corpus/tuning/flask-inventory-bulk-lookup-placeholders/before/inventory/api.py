import sqlite3

from flask import Blueprint, current_app, g, jsonify

bp = Blueprint("inventory", __name__, url_prefix="/api/inventory")


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
