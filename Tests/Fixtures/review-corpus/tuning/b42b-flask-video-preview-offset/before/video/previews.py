"""Poster-frame generation for uploaded clips."""
import logging
import subprocess
from pathlib import Path

from flask import Blueprint, abort, current_app, send_file
from flask_login import current_user, login_required

from video.models import Clip

bp = Blueprint("previews", __name__)
log = logging.getLogger(__name__)


def _clip_path(clip: Clip) -> Path:
    return Path(current_app.config["MEDIA_ROOT"]) / "clips" / f"{clip.id}.mp4"


def _extract_frame(src: Path, dst: Path) -> None:
    subprocess.run(
        ["ffmpeg", "-y", "-loglevel", "error", "-ss", "1", "-i", str(src), "-frames:v", "1", str(dst)],
        check=True,
        timeout=20,
    )


@bp.get("/clips/<int:clip_id>/poster.jpg")
@login_required
def poster(clip_id: int):
    clip = Clip.query.filter_by(id=clip_id, owner_id=current_user.id).first_or_404()
    dst = Path(current_app.config["PREVIEW_CACHE"]) / f"{clip.id}.jpg"
    if not dst.exists():
        try:
            _extract_frame(_clip_path(clip), dst)
        except subprocess.CalledProcessError:
            log.exception("poster extraction failed for clip %s", clip.id)
            abort(500)
    return send_file(dst, mimetype="image/jpeg", max_age=3600)
