import os
import re
import subprocess
import uuid

from flask import Blueprint, abort, current_app, request, send_file

bp = Blueprint("thumbs", __name__, url_prefix="/thumbs")

SIZE_RE = re.compile(r"^\d{1,4}x\d{1,4}$")


@bp.post("/<int:asset_id>")
def make_thumbnail(asset_id):
    size = request.args.get("size", "128x128")
    if not SIZE_RE.match(size):
        abort(400, "unsupported size")
    gravity = request.args.get("gravity", "center")

    src = os.path.join(current_app.config["ASSET_DIR"], f"{asset_id}.png")
    if not os.path.exists(src):
        abort(404)

    dst = os.path.join(current_app.config["THUMB_DIR"], f"{uuid.uuid4().hex}.png")
    # crop-to-fill so the storefront grid stops letterboxing portrait shots
    cmd = f"convert {src} -thumbnail {size}^ -gravity {gravity} -extent {size} {dst}"
    subprocess.run(cmd, shell=True, check=True, timeout=30)
    return send_file(dst, mimetype="image/png")
