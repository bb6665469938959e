import os
import secrets

from flask import Blueprint, abort, current_app, g, jsonify, redirect, request, send_from_directory, url_for
from PIL import Image, UnidentifiedImageError
from werkzeug.utils import secure_filename

from ..auth import login_required
from ..db import db
from ..models import User

bp = Blueprint("profile", __name__, url_prefix="/profile")

ALLOWED_EXTENSIONS = {"png", "jpg", "jpeg", "webp"}
AVATAR_SIZE = (256, 256)


def _avatar_dir():
    path = os.path.join(current_app.instance_path, "avatars")
    os.makedirs(path, exist_ok=True)
    return path


@bp.get("")
@login_required
def show():
    user = g.user
    return jsonify(
        {
            "id": user.id,
            "display_name": user.display_name,
            "bio": user.bio,
            "avatar_url": url_for("profile.avatar_file", filename=user.avatar_file) if user.avatar_file else None,
        }
    )


@bp.post("/avatar")
@login_required
def upload_avatar():
    file = request.files.get("avatar")
    if file is None or not file.filename:
        abort(400, "no file")
    ext = secure_filename(file.filename).rsplit(".", 1)[-1].lower()
    if ext not in ALLOWED_EXTENSIONS:
        abort(400, "unsupported image type")
    try:
        img = Image.open(file.stream)
        img.thumbnail(AVATAR_SIZE)
    except UnidentifiedImageError:
        abort(400, "not an image")

    name = f"{g.user.id}-{secrets.token_hex(8)}.png"
    img.save(os.path.join(_avatar_dir(), name), format="PNG")
    g.user.avatar_file = name
    db.session.commit()
    return redirect(url_for("profile.show"))


@bp.get("/<int:user_id>/avatar")
def avatar(user_id):
    user = db.session.get(User, user_id)
    if user is None or not user.avatar_file:
        abort(404)
    return redirect(url_for("profile.avatar_file", filename=user.avatar_file), code=301)


@bp.get("/avatars/<path:filename>")
def avatar_file(filename):
    # File names are content-addressed ("<id>-<random>.png"), so they can be
    # cached aggressively by the CDN. send_from_directory refuses names that
    # resolve outside the avatar directory.
    return send_from_directory(_avatar_dir(), filename, mimetype="image/png", max_age=31536000)