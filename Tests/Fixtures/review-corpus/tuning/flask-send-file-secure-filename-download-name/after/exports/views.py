import os

from flask import Blueprint, current_app, request, send_file
from werkzeug.utils import secure_filename

bp = Blueprint("exports", __name__)


@bp.get("/exports/file")
def export_file():
    name = request.args.get("name", "")
    path = os.path.join(current_app.config["EXPORT_DIR"], secure_filename(name))
    return send_file(path, as_attachment=True)