import logging
import shutil
import subprocess
import tempfile
from pathlib import Path

from celery import shared_task
from django.core.files import File
from django.db import transaction

from videos.models import Video

logger = logging.getLogger(__name__)

FFMPEG = shutil.which("ffmpeg") or "/usr/bin/ffmpeg"
RENDITIONS = [
    ("720p", "1280:-2", "2800k"),
    ("480p", "854:-2", "1200k"),
]


def _run(args: list[str]) -> None:
    logger.debug("running %s", args)
    proc = subprocess.run(args, capture_output=True, text=True, timeout=60 * 30)
    if proc.returncode != 0:
        raise RuntimeError(f"ffmpeg exited {proc.returncode}: {proc.stderr[-2000:]}")


@shared_task(bind=True, autoretry_for=(RuntimeError,), retry_backoff=60, max_retries=2)
def transcode_video(self, video_id: int) -> None:
    video = Video.objects.get(pk=video_id)
    video.status = Video.Status.PROCESSING
    video.save(update_fields=["status"])

    with tempfile.TemporaryDirectory(prefix=f"video-{video.pk}-") as tmp:
        workdir = Path(tmp)
        source = workdir / f"{video.pk}.source"
        with video.original.open("rb") as src, source.open("wb") as dst:
            shutil.copyfileobj(src, dst)

        outputs = {}
        for label, scale, bitrate in RENDITIONS:
            out = workdir / f"{video.pk}-{label}.mp4"
            _run([
                FFMPEG, "-hide_banner", "-nostdin", "-y",
                "-i", str(source),
                "-vf", f"scale={scale}",
                "-c:v", "libx264", "-preset", "veryfast", "-b:v", bitrate,
                "-c:a", "aac", "-b:a", "128k",
                "-movflags", "+faststart",
                str(out),
            ])
            outputs[label] = out

        with transaction.atomic():
            for label, path in outputs.items():
                with path.open("rb") as fh:
                    video.renditions.create(label=label).file.save(path.name, File(fh), save=True)
            video.status = Video.Status.READY
            video.save(update_fields=["status"])
