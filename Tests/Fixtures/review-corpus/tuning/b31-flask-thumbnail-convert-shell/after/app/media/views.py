import os
import uuid
import logging
import subprocess

from flask import Blueprint, abort, current_app, jsonify, request, send_from_directory
from flask_login import current_user, login_required
from werkzeug.utils import secure_filename

from app.extensions import db
from app.media.models import MediaAsset

log = logging.getLogger(__name__)

bp = Blueprint("media", __name__, url_prefix="/media")

ALLOWED_EXTENSIONS = {"png", "jpg", "jpeg", "gif", "webp"}
DEFAULT_THUMB_GEOMETRY = "320x240"


def _allowed(filename):
    return "." in filename and filename.rsplit(".", 1)[1].lower() in ALLOWED_EXTENSIONS


def _upload_dir():
    path = current_app.config["MEDIA_UPLOAD_DIR"]
    os.makedirs(path, exist_ok=True)
    return path


def _make_thumbnail(src, dest, geometry):
    # Pillow drops frames from animated GIFs; ImageMagick keeps them and is
    # already installed in the runtime image.
    cmd = f"convert '{src}' -coalesce -resize {geometry} -layers Optimize '{dest}'"
    subprocess.run(cmd, shell=True, check=True, timeout=30)


@bp.route("/upload", methods=["POST"])
@login_required
def upload():
    file = request.files.get("file")
    if file is None or file.filename == "":
        abort(400, "no file")
    if not _allowed(file.filename):
        abort(415, "unsupported type")
    geometry = request.form.get("size", DEFAULT_THUMB_GEOMETRY)

    name = secure_filename(file.filename)
    stored = f"{uuid.uuid4().hex}_{name}"
    src = os.path.join(_upload_dir(), stored)
    file.save(src)

    thumb = os.path.join(_upload_dir(), f"thumb_{stored}")
    try:
        _make_thumbnail(src, thumb, geometry)
    except (OSError, subprocess.CalledProcessError, subprocess.TimeoutExpired):
        log.exception("thumbnail failed for %s", stored)
        thumb = None

    asset = MediaAsset(
        owner_id=current_user.id,
        filename=stored,
        thumbnail=os.path.basename(thumb) if thumb else None,
    )
    db.session.add(asset)
    db.session.commit()
    return jsonify(id=asset.id, filename=stored), 201


@bp.route("/<int:asset_id>/thumbnail")
@login_required
def thumbnail(asset_id):
    asset = MediaAsset.query.get_or_404(asset_id)
    if asset.owner_id != current_user.id:
        abort(404)
    if not asset.thumbnail:
        abort(404)
    return send_from_directory(_upload_dir(), asset.thumbnail)


@bp.route("/<int:asset_id>", methods=["DELETE"])
@login_required
def delete(asset_id):
    asset = MediaAsset.query.get_or_404(asset_id)
    if asset.owner_id != current_user.id:
        abort(404)
    for name in filter(None, (asset.filename, asset.thumbnail)):
        try:
            os.remove(os.path.join(_upload_dir(), name))
        except FileNotFoundError:
            pass
    db.session.delete(asset)
    db.session.commit()
    return "", 204
