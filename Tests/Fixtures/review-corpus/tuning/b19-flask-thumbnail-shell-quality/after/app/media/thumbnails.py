import os
import shlex
import subprocess
import uuid

from flask import Blueprint, abort, current_app, request, send_file
from flask_login import current_user, login_required
from werkzeug.utils import secure_filename

bp = Blueprint("thumbnails", __name__, url_prefix="/media")

ALLOWED_EXT = {".png", ".jpg", ".jpeg", ".webp", ".gif"}
DEFAULT_SIZE = "256x256"


def _run(cmd: str, timeout: int = 20) -> None:
    """Run an ImageMagick pipeline. Pipelines need a shell for the `|`."""
    current_app.logger.debug("running %s", cmd)
    proc = subprocess.run(cmd, shell=True, capture_output=True, timeout=timeout)
    if proc.returncode != 0:
        current_app.logger.warning("imagemagick failed: %s", proc.stderr.decode(errors="replace"))
        abort(422, "could not process image")


def _upload_dir() -> str:
    path = os.path.join(current_app.instance_path, "uploads", str(current_user.id))
    os.makedirs(path, exist_ok=True)
    return path


@bp.post("/images")
@login_required
def upload_image():
    file = request.files.get("image")
    if file is None or not file.filename:
        abort(400, "image is required")
    name = secure_filename(file.filename)
    ext = os.path.splitext(name)[1].lower()
    if ext not in ALLOWED_EXT:
        abort(415, "unsupported image type")
    stored = f"{uuid.uuid4().hex}{ext}"
    file.save(os.path.join(_upload_dir(), stored))
    return {"id": stored}, 201


@bp.get("/images/<image_id>/thumbnail")
@login_required
def thumbnail(image_id: str):
    image_id = secure_filename(image_id)
    src = os.path.join(_upload_dir(), image_id)
    if not os.path.isfile(src):
        abort(404)

    size = request.args.get("size", DEFAULT_SIZE)
    quality = request.args.get("quality", "65-80")

    dst = os.path.join(_upload_dir(), secure_filename(f"thumb-{size}-q{quality}-{image_id}.png"))
    if not os.path.exists(dst):
        cmd = "convert {src} -auto-orient -thumbnail {size} -strip png:- | pngquant --quality={q} - > {dst}".format(
            src=shlex.quote(src),
            size=size,
            q=quality,
            dst=shlex.quote(dst),
        )
        _run(cmd)
    return send_file(dst, mimetype="image/png", max_age=86400)