import re

from flask import Blueprint, abort, current_app, g, jsonify, send_from_directory
from werkzeug.utils import secure_filename

from billing.auth import require_user
from billing.models import Invoice

invoices = Blueprint("invoices", __name__)

_INVOICE_FILE = re.compile(r"^INV-\d{4}-\d{6}\.pdf$")


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


@invoices.get("/api/invoices/<path:filename>/pdf")
@require_user
def invoice_pdf(filename: str):
    safe_name = secure_filename(filename)
    if not _INVOICE_FILE.match(safe_name):
        abort(404)
    invoice = Invoice.query.filter_by(
        account_id=g.user.account_id, pdf_name=safe_name
    ).first_or_404()
    account_dir = f"{current_app.config['INVOICE_ROOT']}/{invoice.account_id}"
    return send_from_directory(account_dir, safe_name, mimetype="application/pdf", as_attachment=True)
