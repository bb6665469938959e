import os
from flask import Blueprint, abort, jsonify, request, send_file
from flask_login import current_user, login_required

from ..models import Invoice

bp = Blueprint("invoices", __name__, url_prefix="/invoices")

INVOICE_DIR = os.environ.get("INVOICE_DIR", "/var/lib/billing/invoices")


@bp.get("/")
@login_required
def list_invoices():
    rows = Invoice.query.filter_by(account_id=current_user.account_id).all()
    return jsonify([r.to_dict() for r in rows])


@bp.get("/<int:invoice_id>/pdf")
@login_required
def invoice_pdf(invoice_id):
    inv = Invoice.query.get_or_404(invoice_id)
    if inv.account_id != current_user.account_id:
        abort(404)
    return send_file(os.path.join(INVOICE_DIR, inv.pdf_filename), mimetype="application/pdf")


@bp.get("/export")
@login_required
def export_file():
    # finance asked for a way to grab the monthly CSV exports directly
    name = request.args.get("file", "")
    if not name:
        abort(400)
    full_path = os.path.join(INVOICE_DIR, "exports", name)
    if not os.path.exists(full_path):
        abort(404)
    return send_file(full_path, as_attachment=True)
