import logging
import tempfile
from pathlib import Path

from celery import shared_task
from PIL import Image

from media.models import Upload
from media.storage import download_to, upload_from

log = logging.getLogger(__name__)

THUMB_SIZE = (320, 320)


def _image_thumb(src: Path, dst: Path) -> None:
    with Image.open(src) as im:
        im.thumbnail(THUMB_SIZE)
        im.convert("RGB").save(dst, "JPEG", quality=82)


@shared_task(bind=True, max_retries=3, acks_late=True)
def make_thumbnail(self, upload_id: int):
    upload = Upload.objects.get(pk=upload_id)
    if not upload.content_type.startswith("image/"):
        log.info("skipping thumbnail for %s (%s)", upload_id, upload.content_type)
        return
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "source"
        dst = Path(tmp) / "thumb.jpg"
        download_to(upload.storage_key, src)
        _image_thumb(src, dst)
        upload.thumbnail_key = upload_from(dst, prefix="thumbs/")
        upload.save(update_fields=["thumbnail_key"])
