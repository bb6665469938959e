import logging
import subprocess
import tempfile
from pathlib import Path

from celery import shared_task
from PIL import Image

from media.models import Upload
from media.storage import download_to, upload_from

log = logging.getLogger(__name__)

THUMB_SIZE = (320, 320)
FFMPEG = "/usr/bin/ffmpeg"


def _image_thumb(src: Path, dst: Path) -> None:
    with Image.open(src) as im:
        im.thumbnail(THUMB_SIZE)
        im.convert("RGB").save(dst, "JPEG", quality=82)


def _video_poster(src: Path, dst: Path, at_seconds: float) -> None:
    cmd = [
        FFMPEG, "-nostdin", "-hide_banner", "-loglevel", "error",
        "-ss", f"{at_seconds:.2f}",
        "-i", str(src),
        "-frames:v", "1",
        "-vf", f"scale={THUMB_SIZE[0]}:-2",
        "-y", str(dst),
    ]
    subprocess.run(cmd, check=True, timeout=60, capture_output=True)


@shared_task(bind=True, max_retries=3, acks_late=True)
def make_thumbnail(self, upload_id: int):
    upload = Upload.objects.get(pk=upload_id)
    kind = upload.content_type.split("/", 1)[0]
    if kind not in ("image", "video"):
        log.info("skipping thumbnail for %s (%s)", upload_id, upload.content_type)
        return
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "source"
        dst = Path(tmp) / "thumb.jpg"
        download_to(upload.storage_key, src)
        if kind == "video":
            _video_poster(src, dst, float(upload.poster_offset or 1.0))
        else:
            _image_thumb(src, dst)
        upload.thumbnail_key = upload_from(dst, prefix="thumbs/")
        upload.save(update_fields=["thumbnail_key"])
