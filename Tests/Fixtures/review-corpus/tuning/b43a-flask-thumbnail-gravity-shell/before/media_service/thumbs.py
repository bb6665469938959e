import os
import subprocess
import uuid

from flask import Blueprint, abort, current_app, request, send_file

bp = Blueprint("thumbs", __name__, url_prefix="/thumbs")

ALLOWED_SIZES = {"64x64", "128x128", "256x256"}


@bp.post("/<int:asset_id>")
def make_thumbnail(asset_id):
    size = request.args.get("size", "128x128")
    if size not in ALLOWED_SIZES:
        abort(400, "unsupported size")

    src = os.path.join(current_app.config["ASSET_DIR"], f"{asset_id}.png")
    if not os.path.exists(src):
        abort(404)

    dst = os.path.join(current_app.config["THUMB_DIR"], f"{uuid.uuid4().hex}.png")
    subprocess.run(
        ["convert", src, "-thumbnail", size, dst],
        check=True,
        timeout=30,
    )
    return send_file(dst, mimetype="image/png")
