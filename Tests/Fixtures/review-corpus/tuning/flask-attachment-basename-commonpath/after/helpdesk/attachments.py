import os

from flask import Blueprint, abort, send_file

bp = Blueprint("attachments", __name__)
ATTACHMENT_ROOT = os.path.realpath("/srv/app/attachments")


def _resolve(ticket_id: int, filename: str) -> str:
    name = os.path.basename(filename)
    candidate = os.path.realpath(os.path.join(ATTACHMENT_ROOT, str(ticket_id), name))
    if os.path.commonpath([candidate, ATTACHMENT_ROOT]) != ATTACHMENT_ROOT:
        abort(404)
    return candidate


@bp.get("/tickets/<int:ticket_id>/attachments/<path:filename>")
def download(ticket_id: int, filename: str):
    path = _resolve(ticket_id, filename)
    if not os.path.isfile(path):
        abort(404)
    return send_file(path, as_attachment=True)