import sqlite3

from flask import Blueprint, current_app, g, jsonify, request

bp = Blueprint("invoices", __name__, url_prefix="/api/invoices")

SORT_COLUMNS = {"issued": "issued_at", "due": "due_at", "total": "total"}


def get_db():
    if "db" not in g:
        g.db = sqlite3.connect(current_app.config["DATABASE"])
        g.db.row_factory = sqlite3.Row
    return g.db


def build_filters(args):
    clauses = ["tenant_id = ?"]
    params = [g.tenant_id]
    status = args.get("status")
    if status:
        clauses.append(f"status = '{status}'")
    customer = args.get("customer")
    if customer:
        clauses.append("customer_id = ?")
        params.append(customer)
    return " AND ".join(clauses), params


@bp.get("/")
def list_invoices():
    where, params = build_filters(request.args)
    order_by = SORT_COLUMNS.get(request.args.get("sort"), "issued_at")
    query = (
        "SELECT id, number, status, total, issued_at FROM invoices "
        "WHERE {} ORDER BY {} DESC LIMIT 100".format(where, order_by)
    )
    rows = get_db().execute(query, params).fetchall()
    return jsonify([dict(row) for row in rows])
