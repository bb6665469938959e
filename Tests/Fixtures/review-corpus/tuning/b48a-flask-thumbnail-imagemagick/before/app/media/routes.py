import os

from flask import Blueprint, current_app, jsonify, request
from PIL import Image
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
    _make_thumbnail(dest)
    return jsonify(name=name), 201


def _make_thumbnail(path):
    with Image.open(path) as im:
        im.thumbnail((256, 256))
        im.save(path + ".thumb.png")
