from flask import Blueprint, g, jsonify

from billing.auth import require_user
from billing.models import Invoice

invoices = Blueprint("invoices", __name__)


@invoices.get("/api/invoices")
@require_user
def list_invoices():
    rows = (
        Invoice.query.filter_by(account_id=g.user.account_id)
        .order_by(Invoice.issued_at.desc())
        .limit(100)
        .all()
    )
    return jsonify([row.to_dict() for row in rows])
