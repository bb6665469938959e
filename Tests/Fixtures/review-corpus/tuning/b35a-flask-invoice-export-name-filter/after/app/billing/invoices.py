import csv
import io
from datetime import date, datetime

from flask import Blueprint, Response, abort, request
from flask_login import current_user, login_required
from sqlalchemy import text

from app.extensions import db

bp = Blueprint("invoices", __name__, url_prefix="/billing/invoices")

EXPORT_COLUMNS = ("number", "customer", "issued_on", "due_on", "total", "status")
VALID_STATUSES = {"draft", "open", "paid", "void"}


def _parse_date(value, default):
    if not value:
        return default
    try:
        return datetime.strptime(value, "%Y-%m-%d").date()
    except ValueError:
        abort(400, description=f"bad date: {value!r}")


@bp.route("/export.csv")
@login_required
def export_csv():
    start = _parse_date(request.args.get("from"), date(date.today().year, 1, 1))
    end = _parse_date(request.args.get("to"), date.today())
    status = request.args.get("status")
    customer = (request.args.get("customer") or "").strip()

    clauses = ["i.account_id = :account_id", "i.issued_on BETWEEN :start AND :end"]
    params = {"account_id": current_user.account_id, "start": start, "end": end}

    if status:
        if status not in VALID_STATUSES:
            abort(400, description="unknown status")
        clauses.append("i.status = :status")
        params["status"] = status

    if customer:
        # match on display name or the legacy external ref, case-insensitive
        pattern = customer.replace("*", "%")
        clauses.append(
            f"(c.display_name ILIKE '%{pattern}%' OR c.external_ref = '{customer}')"
        )

    sql = text(
        """
        SELECT i.number, c.display_name AS customer, i.issued_on, i.due_on,
               i.total_cents / 100.0 AS total, i.status
        FROM invoices i
        JOIN customers c ON c.id = i.customer_id
        WHERE {where}
        ORDER BY i.issued_on DESC, i.number
        """.format(where=" AND ".join(clauses))
    )
    rows = db.session.execute(sql, params).fetchall()

    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(EXPORT_COLUMNS)
    for row in rows:
        writer.writerow([row.number, row.customer, row.issued_on, row.due_on, f"{row.total:.2f}", row.status])

    filename = f"invoices-{start:%Y%m%d}-{end:%Y%m%d}.csv"
    return Response(
        buf.getvalue(),
        mimetype="text/csv",
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )
