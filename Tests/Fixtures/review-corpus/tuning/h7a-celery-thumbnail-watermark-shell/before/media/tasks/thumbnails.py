import logging
import os
import subprocess
import tempfile

from celery import shared_task
from django.core.files import File

from media.models import Upload, Thumbnail
from media.storage import download_to

logger = logging.getLogger(__name__)

THUMB_SIZES = {
    "small": (160, 160),
    "medium": (480, 480),
    "large": (1280, 1280),
}


def _resize(src: str, dst: str, width: int, height: int) -> None:
    subprocess.run(
        ["convert", src, "-auto-orient", "-resize", f"{width}x{height}>", "-strip", dst],
        check=True,
        timeout=120,
        capture_output=True,
    )


@shared_task(bind=True, max_retries=3, acks_late=True)
def build_thumbnails(self, upload_id: int) -> list[int]:
    upload = Upload.objects.select_related("owner__profile").get(pk=upload_id)
    created = []
    with tempfile.TemporaryDirectory(prefix="thumbs-") as workdir:
        src = os.path.join(workdir, f"source-{upload.pk}")
        download_to(upload.file.name, src)

        for label, (width, height) in THUMB_SIZES.items():
            dst = os.path.join(workdir, f"{label}.jpg")
            try:
                _resize(src, dst, width, height)
            except subprocess.CalledProcessError as exc:
                logger.warning("convert failed for upload %s (%s): %s", upload.pk, label, exc.stderr[:500])
                raise self.retry(exc=exc, countdown=30)

            with open(dst, "rb") as fh:
                thumb = Thumbnail(upload=upload, label=label, width=width, height=height)
                thumb.image.save(f"{upload.pk}-{label}.jpg", File(fh), save=True)
                created.append(thumb.pk)

    logger.info("built %d thumbnails for upload %s", len(created), upload.pk)
    return created
