import os

from flask import Blueprint, abort, current_app, jsonify, send_from_directory
from flask_login import current_user, login_required
from werkzeug.utils import secure_filename

from ..models import Ticket

bp = Blueprint("attachments", __name__)


def _ticket_or_403(ticket_id):
    ticket = Ticket.query.get_or_404(ticket_id)
    if ticket.owner_id != current_user.id and not current_user.is_staff:
        abort(403)
    return ticket


@bp.get("/tickets/<int:ticket_id>/attachments")
@login_required
def list_attachments(ticket_id):
    ticket = _ticket_or_403(ticket_id)
    folder = os.path.join(current_app.config["ATTACHMENT_ROOT"], str(ticket.id))
    names = sorted(os.listdir(folder)) if os.path.isdir(folder) else []
    return jsonify({"ticket": ticket.id, "attachments": names})


@bp.get("/tickets/<int:ticket_id>/attachments/<name>")
@login_required
def download_attachment(ticket_id, name):
    ticket = _ticket_or_403(ticket_id)
    folder = os.path.join(current_app.config["ATTACHMENT_ROOT"], str(ticket.id))
    return send_from_directory(folder, secure_filename(name), as_attachment=True)