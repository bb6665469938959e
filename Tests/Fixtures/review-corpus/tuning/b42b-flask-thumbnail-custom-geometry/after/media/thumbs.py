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


def _geometry_for(size):
    if size in SIZES:
        return SIZES[size]
    if size == "custom":
        # Partners embed thumbnails at odd aspect ratios; let them pass WxH directly.
        geometry = request.args.get("geometry", "")
        if "x" in geometry and len(geometry) <= 64:
            return geometry
    abort(404)


@bp.post("/<size>")
def make_thumbnail(size):
    geometry = _geometry_for(size)
    upload = request.files.get("image")
    if upload is None:
        abort(400)
    src, dst = _workfile(".in"), _workfile(".jpg")
    upload.save(src)
    try:
        _convert(src, dst, geometry)
        return send_file(dst, mimetype="image/jpeg")
    finally:
        os.unlink(src)
