import logging
import os
import tempfile

from celery import shared_task
from django.core.files.base import ContentFile
from django.db import transaction
from PIL import Image, ImageOps

from .models import MediaAsset

log = logging.getLogger(__name__)

THUMB_SIZES = {"small": (160, 160), "medium": (480, 480), "large": (1280, 1280)}


def _render_thumbnails(asset: MediaAsset, source_path: str) -> None:
    with Image.open(source_path) as img:
        img = ImageOps.exif_transpose(img).convert("RGB")
        for label, size in THUMB_SIZES.items():
            copy = img.copy()
            copy.thumbnail(size)
            with tempfile.SpooledTemporaryFile() as buf:
                copy.save(buf, format="JPEG", quality=85, optimize=True)
                buf.seek(0)
                getattr(asset, f"thumb_{label}").save(
                    f"{asset.pk}-{label}.jpg", ContentFile(buf.read()), save=False
                )


@shared_task(bind=True, max_retries=3, default_retry_delay=30, acks_late=True)
def process_upload(self, asset_id: int) -> None:
    asset = MediaAsset.objects.get(pk=asset_id)
    if asset.status == MediaAsset.Status.READY:
        return

    suffix = os.path.splitext(asset.original.name)[1].lower() or ".bin"
    with tempfile.TemporaryDirectory(prefix="media-") as workdir:
        local_path = os.path.join(workdir, f"source{suffix}")
        with asset.original.open("rb") as src, open(local_path, "wb") as dst:
            for chunk in src.chunks():
                dst.write(chunk)

        try:
            if asset.kind == MediaAsset.Kind.IMAGE:
                _render_thumbnails(asset, local_path)
            else:
                log.info("no thumbnail pipeline for kind %s", asset.kind)
        except (OSError, ValueError) as exc:
            log.warning("thumbnailing failed for asset %s: %s", asset_id, exc)
            raise self.retry(exc=exc)

    with transaction.atomic():
        asset.status = MediaAsset.Status.READY
        asset.save(update_fields=["status", "thumb_small", "thumb_medium", "thumb_large"])
