import os
from datetime import datetime

from flask import Blueprint, abort, current_app, jsonify, send_from_directory
from flask_login import current_user, login_required

bp = Blueprint("exports", __name__, url_prefix="/exports")


def export_dir():
    return current_app.config["EXPORT_DIR"]


@bp.get("/")
@login_required
def list_exports():
    prefix = f"{current_user.account_id}-"
    names = sorted(n for n in os.listdir(export_dir()) if n.startswith(prefix))
    return jsonify(
        [
            {
                "name": n,
                "created": datetime.fromtimestamp(
                    os.path.getmtime(os.path.join(export_dir(), n))
                ).isoformat(),
            }
            for n in names
        ]
    )


@bp.get("/download/<name>")
@login_required
def download_export(name):
    if not name.startswith(f"{current_user.account_id}-"):
        abort(404)
    return send_from_directory(export_dir(), name, as_attachment=True)
