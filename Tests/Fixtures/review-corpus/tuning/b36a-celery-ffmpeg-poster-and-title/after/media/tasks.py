import logging
import subprocess
import tempfile
from pathlib import Path

from celery import shared_task
from django.conf import settings
from django.core.files import File

from .models import Clip

log = logging.getLogger(__name__)

FFMPEG = getattr(settings, "FFMPEG_BINARY", "/usr/bin/ffmpeg")
TRANSCODE_TIMEOUT = 15 * 60


class TranscodeFailed(Exception):
    pass


def _ffmpeg(args: list[str], timeout: int = TRANSCODE_TIMEOUT) -> None:
    cmd = [FFMPEG, "-hide_banner", "-loglevel", "error", "-nostdin", *args]
    log.debug("running %s", cmd)
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
    if proc.returncode != 0:
        raise TranscodeFailed(proc.stderr[-2000:])


@shared_task(bind=True, autoretry_for=(TranscodeFailed,), max_retries=2, retry_backoff=True)
def transcode_clip(self, clip_id: int) -> None:
    clip = Clip.objects.get(pk=clip_id)
    with tempfile.TemporaryDirectory(prefix="clip-") as tmp:
        src = Path(tmp) / "source"
        with clip.source.open("rb") as fh, open(src, "wb") as out:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                out.write(chunk)

        mp4 = Path(tmp) / "out.mp4"
        _ffmpeg([
            "-y", "-i", str(src),
            "-c:v", "libx264", "-preset", "veryfast", "-crf", "23",
            "-c:a", "aac", "-b:a", "128k",
            # title is user-entered; it is one argv element, never parsed by a shell
            "-metadata", f"title={clip.title}",
            "-movflags", "+faststart",
            str(mp4),
        ])

        # Poster frame at the moment the uploader picked in the editor.
        poster = Path(tmp) / "poster.jpg"
        offset = min(max(0.0, float(clip.poster_offset_seconds or 0)), float(clip.duration_seconds or 0))
        _ffmpeg([
            "-y", "-ss", f"{offset:.3f}", "-i", str(mp4),
            "-frames:v", "1", "-vf", "scale=640:-2",
            str(poster),
        ], timeout=120)

        with open(mp4, "rb") as fh:
            clip.rendition.save(f"{clip.pk}.mp4", File(fh), save=False)
        with open(poster, "rb") as fh:
            clip.poster.save(f"{clip.pk}.jpg", File(fh), save=False)

    clip.status = Clip.Status.READY
    clip.save(update_fields=["rendition", "poster", "status"])
