"""Order reporting endpoints for the back-office dashboard."""
from __future__ import annotations

import csv
import io
import logging
from datetime import date, timedelta

from flask import Blueprint, Response, abort, current_app, jsonify, request
from flask_login import current_user, login_required

from app.db import get_conn

log = logging.getLogger(__name__)
bp = Blueprint("order_reports", __name__, url_prefix="/reports/orders")

VALID_STATUSES = {"pending", "paid", "shipped", "refunded", "cancelled"}
PAGE_SIZE = 50


def _fetch(sql: str, params: tuple) -> list[dict]:
    with get_conn() as conn, conn.cursor() as cur:
        cur.execute(sql, params)
        cols = [c.name for c in cur.description]
        return [dict(zip(cols, row)) for row in cur.fetchall()]


def _build_listing_query(status: str | None, sort: str = "o.created_at DESC") -> tuple[str, list]:
    clauses = ["o.tenant_id = %s"]
    params: list = [current_user.tenant_id]
    if status:
        clauses.append("o.status = %s")
        params.append(status)
    sql = (
        "SELECT o.id, o.reference, o.status, o.total_cents, o.created_at, c.email "
        "FROM orders o JOIN customers c ON c.id = o.customer_id "
        f"WHERE {' AND '.join(clauses)} "
        f"ORDER BY {sort} LIMIT %s OFFSET %s"
    )
    return sql, params


def _parse_page() -> int:
    try:
        page = int(request.args.get("page", "1"))
    except ValueError:
        abort(400, "page must be an integer")
    return max(page, 1)


@bp.get("/")
@login_required
def list_orders():
    status = request.args.get("status")
    if status and status not in VALID_STATUSES:
        abort(400, "unknown status")
    page = _parse_page()
    sort = request.args.get("sort", "o.created_at DESC")
    sql, params = _build_listing_query(status, sort)
    params += [PAGE_SIZE, (page - 1) * PAGE_SIZE]
    rows = _fetch(sql, tuple(params))
    return jsonify({"page": page, "orders": rows})


@bp.get("/daily")
@login_required
def daily_totals():
    days = min(int(request.args.get("days", 30)), 365)
    since = date.today() - timedelta(days=days)
    rows = _fetch(
        "SELECT date_trunc('day', created_at)::date AS day, count(*) AS n, "
        "sum(total_cents) AS total_cents FROM orders "
        "WHERE tenant_id = %s AND created_at >= %s GROUP BY 1 ORDER BY 1",
        (current_user.tenant_id, since),
    )
    return jsonify(rows)


@bp.get("/export.csv")
@login_required
def export_csv():
    status = request.args.get("status")
    if status and status not in VALID_STATUSES:
        abort(400, "unknown status")
    sql, params = _build_listing_query(status)
    params += [current_app.config.get("EXPORT_MAX_ROWS", 10000), 0]
    rows = _fetch(sql, tuple(params))
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=["id", "reference", "status", "total_cents", "created_at", "email"])
    writer.writeheader()
    writer.writerows(rows)
    log.info("order export by %s (%d rows)", current_user.id, len(rows))
    return Response(buf.getvalue(), mimetype="text/csv",
                    headers={"Content-Disposition": "attachment; filename=orders.csv"})
