import os
import subprocess

from flask import Blueprint, current_app, jsonify, request
from werkzeug.utils import secure_filename

bp = Blueprint("media", __name__, url_prefix="/media")

ALLOWED_EXT = {".png", ".jpg", ".jpeg", ".webp"}


@bp.post("/upload")
def upload():
    f = request.files["file"]
    name = secure_filename(f.filename)
    if os.path.splitext(name)[1].lower() not in ALLOWED_EXT:
        return jsonify(error="unsupported type"), 400
    dest = os.path.join(current_app.config["UPLOAD_DIR"], name)
    f.save(dest)
    _make_thumbnail(dest, request.form.get("size", "256x256"))
    return jsonify(name=name), 201


def _make_thumbnail(path, size):
    # Pillow chokes on the print team's CMYK jpegs; ImageMagick copes.
    subprocess.run(
        f"convert {path} -thumbnail {size} {path}.thumb.png",
        shell=True,
        check=True,
    )
