from flask import Blueprint, jsonify, request

from app.db import get_conn

bp = Blueprint("catalog", __name__, url_prefix="/catalog")


def _row(r):
    return {"id": r[0], "sku": r[1], "title": r[2], "price_cents": r[3]}


@bp.route("/products")
def list_products():
    conn = get_conn()
    with conn.cursor() as cur:
        cur.execute(
            "SELECT id, sku, title, price_cents FROM products "
            "WHERE active = true ORDER BY title LIMIT 100"
        )
        rows = cur.fetchall()
    return jsonify([_row(r) for r in rows])


@bp.route("/products/<int:product_id>")
def get_product(product_id):
    conn = get_conn()
    with conn.cursor() as cur:
        cur.execute(
            "SELECT id, sku, title, price_cents FROM products WHERE id = %s",
            (product_id,),
        )
        row = cur.fetchone()
    if row is None:
        return jsonify({"error": "not found"}), 404
    return jsonify(_row(row))


@bp.route("/products/search")
def search_products():
    term = request.args.get("q", "").strip()
    conn = get_conn()
    with conn.cursor() as cur:
        cur.execute(
            "SELECT id, sku, title, price_cents FROM products "
            "WHERE active = true AND title ILIKE %s "
            "ORDER BY title LIMIT 50",
            (f"%{term}%",),
        )
        rows = cur.fetchall()
    return jsonify([_row(r) for r in rows])
