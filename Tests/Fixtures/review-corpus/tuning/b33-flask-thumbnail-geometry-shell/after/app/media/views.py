import os
import subprocess
import uuid

from flask import Blueprint, abort, current_app, jsonify, request, send_file
from flask_login import current_user, login_required
from werkzeug.utils import secure_filename

from app.extensions import db
from app.media.models import MediaAsset

media_bp = Blueprint("media", __name__, url_prefix="/media")

ALLOWED_EXTENSIONS = {"png", "jpg", "jpeg", "gif", "webp"}
THUMBNAIL_PRESETS = {
    "small": "160x160",
    "medium": "480x480",
    "large": "1024x1024",
}


def _allowed(filename):
    return "." in filename and filename.rsplit(".", 1)[1].lower() in ALLOWED_EXTENSIONS


def _storage_dir():
    path = os.path.join(current_app.config["MEDIA_ROOT"], str(current_user.id))
    os.makedirs(path, exist_ok=True)
    return path


def _run_convert(src, dst, geometry, quality):
    """Resize src into dst with ImageMagick, keeping the aspect ratio."""
    cmd = f"convert {src} -auto-orient -strip -resize {geometry} -quality {quality} {dst}"
    subprocess.run(cmd, shell=True, check=True, timeout=30)


@media_bp.route("/upload", methods=["POST"])
@login_required
def upload():
    file = request.files.get("file")
    if file is None or not _allowed(file.filename):
        abort(400, "unsupported file")

    preset = request.form.get("size", "medium")
    # custom sizes for the new gallery layout, e.g. "640x360^"
    geometry = THUMBNAIL_PRESETS.get(preset) or request.form.get("geometry", "")
    quality = request.form.get("quality", "85")
    if not geometry:
        abort(400, "unknown size")

    ext = file.filename.rsplit(".", 1)[1].lower()
    asset_id = uuid.uuid4().hex
    original = os.path.join(_storage_dir(), f"{asset_id}.{ext}")
    file.save(original)

    thumb = os.path.join(_storage_dir(), f"{asset_id}_thumb.{ext}")
    try:
        _run_convert(original, thumb, geometry, quality)
    except subprocess.CalledProcessError:
        os.remove(original)
        abort(422, "could not process image")

    asset = MediaAsset(
        id=asset_id,
        owner_id=current_user.id,
        original_name=secure_filename(file.filename),
        path=original,
        thumbnail_path=thumb,
    )
    db.session.add(asset)
    db.session.commit()
    return jsonify(id=asset_id, thumbnail=f"/media/{asset_id}/thumb"), 201


@media_bp.route("/<asset_id>/thumb")
@login_required
def thumbnail(asset_id):
    asset = MediaAsset.query.filter_by(id=asset_id, owner_id=current_user.id).first_or_404()
    return send_file(asset.thumbnail_path)


@media_bp.route("/<asset_id>", methods=["DELETE"])
@login_required
def delete(asset_id):
    asset = MediaAsset.query.filter_by(id=asset_id, owner_id=current_user.id).first_or_404()
    for path in (asset.path, asset.thumbnail_path):
        if os.path.exists(path):
            os.remove(path)
    db.session.delete(asset)
    db.session.commit()
    return "", 204
