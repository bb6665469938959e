import os
from datetime import date

from flask import Blueprint, abort, current_app, jsonify, request, send_file, send_from_directory
from flask_login import current_user, login_required

from app.billing.models import BulkExport, Invoice
from app.billing.pdf import render_invoice_pdf
from app.billing.tasks import build_bulk_export
from app.extensions import db

bp = Blueprint("billing", __name__, url_prefix="/billing")


def _export_dir():
    return current_app.config["INVOICE_EXPORT_DIR"]


@bp.route("/invoices")
@login_required
def list_invoices():
    year = request.args.get("year", type=int) or date.today().year
    invoices = (
        Invoice.query.filter_by(account_id=current_user.account_id)
        .filter(db.extract("year", Invoice.issued_on) == year)
        .order_by(Invoice.issued_on.desc())
        .all()
    )
    return jsonify([inv.to_dict() for inv in invoices])


@bp.route("/invoices/<int:invoice_id>")
@login_required
def show_invoice(invoice_id):
    invoice = Invoice.query.filter_by(id=invoice_id, account_id=current_user.account_id).first_or_404()
    return jsonify(invoice.to_dict(include_lines=True))


@bp.route("/invoices/<int:invoice_id>/pdf")
@login_required
def download_invoice(invoice_id):
    invoice = Invoice.query.filter_by(id=invoice_id, account_id=current_user.account_id).first_or_404()
    filename = f"{invoice.number}.pdf"
    path = os.path.join(_export_dir(), filename)
    if not os.path.exists(path):
        render_invoice_pdf(invoice, path)
    return send_from_directory(_export_dir(), filename, as_attachment=True)


@bp.route("/exports", methods=["POST"])
@login_required
def request_export():
    year = request.json.get("year") if request.is_json else None
    export = BulkExport(account_id=current_user.account_id, year=year or date.today().year)
    db.session.add(export)
    db.session.commit()
    build_bulk_export.delay(export.id)
    return jsonify(export.to_dict()), 202


@bp.route("/exports/download")
@login_required
def download_export():
    # The export e-mail links straight to the archive name so support can resend it.
    requested = request.args.get("file", "")
    if not requested:
        abort(400)
    account_dir = os.path.join(_export_dir(), "bulk", str(current_user.account_id))
    current_app.logger.info("bulk export download %s by user %s", requested, current_user.id)

    full_path = os.path.join(account_dir, requested)
    if not os.path.isfile(full_path):
        abort(404)
    return send_file(full_path, as_attachment=True, download_name=os.path.basename(full_path))


@bp.route("/invoices/<int:invoice_id>/void", methods=["POST"])
@login_required
def void_invoice(invoice_id):
    if not current_user.has_role("billing_admin"):
        abort(403)
    invoice = Invoice.query.filter_by(id=invoice_id, account_id=current_user.account_id).first_or_404()
    if invoice.status == "paid":
        return jsonify(error="paid invoices cannot be voided"), 422
    invoice.status = "void"
    db.session.commit()
    return jsonify(invoice.to_dict())
