import logging

from flask import Blueprint, abort, current_app, send_from_directory
from flask_login import current_user, login_required

from billing.models import Invoice

log = logging.getLogger(__name__)

bp = Blueprint("billing", __name__, url_prefix="/billing")


def _owned_invoice(invoice_id):
    invoice = Invoice.query.get(invoice_id)
    if invoice is None or invoice.org_id != current_user.org_id:
        abort(404)
    return invoice


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
