import logging
import os
import subprocess
import uuid

from flask import Blueprint, abort, current_app, request, send_file

bp = Blueprint("thumbs", __name__, url_prefix="/thumbs")
log = logging.getLogger(__name__)

SIZES = {"sm": "160x160", "md": "480x480", "lg": "1024x1024"}


def _convert(src, dst, geometry):
    cmd = f"convert {src} -auto-orient -thumbnail {geometry} -strip {dst}"
    log.debug("running %s", cmd)
    subprocess.run(cmd, shell=True, check=True, timeout=30)


def _workfile(suffix):
    return os.path.join(current_app.config["THUMB_WORKDIR"], f"{uuid.uuid4().hex}{suffix}")


@bp.post("/<size>")
def make_thumbnail(size):
    if size not in SIZES:
        abort(404)
    upload = request.files.get("image")
    if upload is None:
        abort(400)
    src, dst = _workfile(".in"), _workfile(".jpg")
    upload.save(src)
    try:
        _convert(src, dst, SIZES[size])
        return send_file(dst, mimetype="image/jpeg")
    finally:
        os.unlink(src)
