import logging
import os
import subprocess
import tempfile

from celery import shared_task

from media.models import Asset
from media.storage import download_to, upload_from

log = logging.getLogger(__name__)

THUMB_SIZES = {"sm": "160x160", "md": "480x480", "lg": "1200x1200"}


@shared_task(bind=True, max_retries=2, soft_time_limit=120)
def make_thumbnails(self, asset_id):
    asset = Asset.objects.get(pk=asset_id)
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "src")
        download_to(asset.storage_key, src)
        for label, size in THUMB_SIZES.items():
            dst = os.path.join(tmp, f"{label}.jpg")
            subprocess.run(
                ["convert", src, "-auto-orient", "-thumbnail", size, "-strip", dst],
                check=True,
                timeout=60,
            )
            upload_from(dst, f"thumbs/{asset.id}/{label}.jpg")
    asset.thumbnails_ready = True
    asset.save(update_fields=["thumbnails_ready"])
    log.info("thumbnails done for asset %s", asset_id)
