from datetime import date

from flask import Blueprint, jsonify, request
from sqlalchemy import text

from app.db import engine
from app.auth import login_required

bp = Blueprint("reports", __name__, url_prefix="/reports")


def _sales_rows(start, end, region="all"):
    where = f"s.sold_on BETWEEN '{start}' AND '{end}'"
    if region != "all":
        where += f" AND s.region = '{region}'"
    sql = f"""
        SELECT s.sku, SUM(s.quantity) AS qty, SUM(s.total_cents) AS cents
        FROM sales s
        WHERE {where}
        GROUP BY s.sku
        ORDER BY cents DESC
    """
    with engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(text(sql))]


def _parse_day(value, default):
    try:
        return date.fromisoformat(value).isoformat()
    except (TypeError, ValueError):
        return default.isoformat()


@bp.get("/sales")
@login_required
def sales():
    today = date.today()
    start = _parse_day(request.args.get("from"), today.replace(day=1))
    end = _parse_day(request.args.get("to"), today)
    region = request.args.get("region", "all")
    rows = _sales_rows(start, end, region)
    return jsonify({"from": start, "to": end, "rows": rows})


@bp.get("/sales/summary")
@login_required
def summary():
    today = date.today()
    rows = _sales_rows(today.replace(day=1).isoformat(), today.isoformat())
    total = sum(r["cents"] for r in rows)
    return jsonify({"skus": len(rows), "total_cents": total})