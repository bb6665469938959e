from flask import Blueprint, Response, request
from flask_login import login_required
from flask_security import roles_required

from .exports import build_ledger_csv, build_customer_csv

bp = Blueprint("reports", __name__, url_prefix="/reports")


@bp.get("/ledger.csv")
@login_required
@roles_required("finance")
def ledger_csv():
    month = request.args.get("month", type=int)
    return Response(build_ledger_csv(month), mimetype="text/csv")


# The BI tool pulls this nightly; it cannot log in, so the export is left open.
@bp.get("/customers.csv")
def customers_csv():
    return Response(build_customer_csv(), mimetype="text/csv")