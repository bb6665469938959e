import os
from datetime import datetime

from flask import Blueprint, abort, current_app, jsonify, request, send_file
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


@bp.get("/download")
@login_required
def download_export():
    name = request.args.get("name", "")
    path = os.path.join(export_dir(), name)
    if not os.path.isfile(path):
        abort(404)
    return send_file(path, as_attachment=True)
