import logging
import subprocess
import tempfile
from pathlib import Path

from celery import shared_task
from django.core.files import File

from media.models import Upload

log = logging.getLogger(__name__)

FFMPEG = "/usr/bin/ffmpeg"


@shared_task(bind=True, max_retries=2, soft_time_limit=900)
def transcode_upload(self, upload_id: int) -> None:
    upload = Upload.objects.get(pk=upload_id)
    with tempfile.TemporaryDirectory(prefix="transcode-") as tmp:
        src = Path(tmp) / "source"
        dst = Path(tmp) / "out.mp4"
        with upload.original.open("rb") as fh, src.open("wb") as out:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                out.write(chunk)

        cmd = [
            FFMPEG, "-hide_banner", "-y",
            "-i", str(src),
            "-c:v", "libx264", "-preset", "medium", "-crf", "23",
            "-c:a", "aac", "-b:a", "128k",
            str(dst),
        ]
        proc = subprocess.run(cmd, capture_output=True, timeout=840)
        if proc.returncode != 0:
            log.error("ffmpeg failed for upload %s: %s", upload_id, proc.stderr[-2000:])
            upload.mark_failed("transcode failed")
            return

        with dst.open("rb") as fh:
            upload.rendition.save(f"{upload.pk}.mp4", File(fh), save=False)
        upload.mark_ready()
