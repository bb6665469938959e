"""Poster-frame generation for uploaded clips."""
import logging
import subprocess
from pathlib import Path

from flask import Blueprint, abort, current_app, request, send_file
from flask_login import current_user, login_required

from video.models import Clip

bp = Blueprint("previews", __name__)
log = logging.getLogger(__name__)

MAX_WIDTH = 1920


def _clip_path(clip: Clip) -> Path:
    return Path(current_app.config["MEDIA_ROOT"]) / "clips" / f"{clip.id}.mp4"


def _extract_frame(src: Path, dst: Path, offset: float, width: int) -> None:
    argv = [
        "ffmpeg", "-y", "-loglevel", "error",
        "-ss", f"{offset:.3f}",
        "-i", str(src),
        "-vf", f"scale={width}:-2",
        "-frames:v", "1",
        str(dst),
    ]
    log.debug("extracting frame: %s", " ".join(argv))
    subprocess.run(argv, check=True, timeout=20)


@bp.get("/clips/<int:clip_id>/poster.jpg")
@login_required
def poster(clip_id: int):
    clip = Clip.query.filter_by(id=clip_id, owner_id=current_user.id).first_or_404()
    offset = request.args.get("t", default=1.0, type=float)
    width = request.args.get("w", default=640, type=int)
    offset = min(max(offset, 0.0), clip.duration_seconds)
    width = min(max(width, 64), MAX_WIDTH)
    dst = Path(current_app.config["PREVIEW_CACHE"]) / f"{clip.id}-{offset:.3f}-{width}.jpg"
    if not dst.exists():
        try:
            _extract_frame(_clip_path(clip), dst, offset, width)
        except subprocess.CalledProcessError:
            log.exception("poster extraction failed for clip %s", clip.id)
            abort(500)
    return send_file(dst, mimetype="image/jpeg", max_age=3600)
