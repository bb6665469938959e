import logging
import os
from datetime import date

from flask import Blueprint, abort, current_app, jsonify, render_template, request, send_file, send_from_directory
from flask_login import current_user, login_required

from billing.models import Invoice
from billing.services.pdf import render_invoice_pdf

log = logging.getLogger(__name__)

bp = Blueprint("invoices", __name__, url_prefix="/billing/invoices")


def _own_invoice_or_404(invoice_id: int) -> Invoice:
    invoice = Invoice.query.filter_by(id=invoice_id, account_id=current_user.account_id).first()
    if invoice is None:
        abort(404)
    return invoice


@bp.route("/")
@login_required
def index():
    year = request.args.get("year", type=int) or date.today().year
    invoices = (
        Invoice.query.filter_by(account_id=current_user.account_id)
        .filter(Invoice.issued_on.between(date(year, 1, 1), date(year, 12, 31)))
        .order_by(Invoice.issued_on.desc())
        .all()
    )
    return render_template("billing/invoices.html", invoices=invoices, year=year)


@bp.route("/<int:invoice_id>.json")
@login_required
def detail(invoice_id: int):
    invoice = _own_invoice_or_404(invoice_id)
    return jsonify(invoice.to_dict())


def _legacy_statement_path(name: str) -> str:
    # Statements migrated from the old billing system live in one folder per account.
    account_dir = os.path.join(current_app.config["LEGACY_STATEMENT_DIR"], str(current_user.account_id))
    return os.path.join(account_dir, name)


@bp.route("/<int:invoice_id>/pdf")
@login_required
def download_pdf(invoice_id: int):
    statement = request.args.get("statement")
    if statement:
        path = _legacy_statement_path(statement)
        if not os.path.isfile(path):
            abort(404)
        log.info("legacy statement download account=%s file=%s", current_user.account_id, statement)
        return send_file(path, as_attachment=True)

    invoice = _own_invoice_or_404(invoice_id)
    if not invoice.pdf_filename:
        invoice.pdf_filename = render_invoice_pdf(invoice)
        invoice.save()
    log.info("invoice pdf download account=%s invoice=%s", current_user.account_id, invoice.id)
    return send_from_directory(
        current_app.config["INVOICE_PDF_DIR"],
        invoice.pdf_filename,
        as_attachment=True,
        download_name=f"invoice-{invoice.number}.pdf",
    )


@bp.route("/<int:invoice_id>/resend", methods=["POST"])
@login_required
def resend(invoice_id: int):
    invoice = _own_invoice_or_404(invoice_id)
    invoice.queue_email(to=current_user.email)
    return jsonify({"queued": True}), 202
