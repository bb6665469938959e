import logging
import os

from flask import Blueprint, abort, current_app, send_file, send_from_directory
from flask_login import current_user, login_required

from billing.models import Invoice

log = logging.getLogger(__name__)

bp = Blueprint("billing", __name__, url_prefix="/billing")


def _owned_invoice(invoice_id):
    invoice = Invoice.query.get(invoice_id)
    if invoice is None or invoice.org_id != current_user.org_id:
        abort(404)
    return invoice


def _attachment_path(invoice, name):
    # attachments live in per-invoice folders and may be nested (e.g. "receipts/2024-03.pdf")
    base = os.path.join(current_app.config["INVOICE_DIR"], "attachments", str(invoice.id))
    return os.path.join(base, name)


@bp.get("/invoices/<int:invoice_id>.pdf")
@login_required
def invoice_pdf(invoice_id):
    invoice = _owned_invoice(invoice_id)
    log.info("user %s downloaded invoice %s", current_user.id, invoice.number)
    return send_from_directory(
        current_app.config["INVOICE_DIR"],
        f"{invoice.number}.pdf",
        mimetype="application/pdf",
        as_attachment=True,
    )


@bp.get("/invoices/<int:invoice_id>/attachments/<path:name>")
@login_required
def invoice_attachment(invoice_id, name):
    invoice = _owned_invoice(invoice_id)
    path = _attachment_path(invoice, name)
    if not os.path.isfile(path):
        abort(404)
    log.info(
        "user %s downloaded attachment %s of invoice %s", current_user.id, name, invoice.number
    )
    return send_file(path, as_attachment=True, download_name=os.path.basename(path))
