import io

from flask import Blueprint, abort, current_app, send_file
from flask_login import current_user, login_required

from .models import Attachment
from .storage import open_blob

bp = Blueprint("attachments", __name__)


@bp.get("/attachments/<uuid:attachment_id>")
@login_required
def download(attachment_id):
    att = Attachment.query.get_or_404(attachment_id)
    if not att.document.can_read(current_user):
        abort(403)
    data = open_blob(att.blob_key).read()
    current_app.logger.info("attachment %s served to %s", att.id, current_user.id)
    return send_file(
        io.BytesIO(data),
        mimetype=att.content_type,
        download_name=att.filename,
    )
