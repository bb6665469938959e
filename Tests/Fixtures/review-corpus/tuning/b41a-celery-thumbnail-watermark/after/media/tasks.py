import logging
import os
import subprocess
import tempfile

from celery import shared_task

from media.models import Asset
from media.storage import download_to, upload_from

log = logging.getLogger(__name__)

THUMB_SIZES = {"sm": "160x160", "md": "480x480", "lg": "1200x1200"}

WATERMARK_STYLE = "-gravity southeast -fill 'rgba(255,255,255,0.6)' -pointsize 18"


def _convert_cmd(src, dst, size, watermark=None):
    cmd = f"convert {src} -auto-orient -thumbnail {size} -strip"
    if watermark:
        cmd += f" {WATERMARK_STYLE} -annotate +12+12 '{watermark}'"
    return f"{cmd} {dst}"


@shared_task(bind=True, max_retries=2, soft_time_limit=120)
def make_thumbnails(self, asset_id):
    asset = Asset.objects.select_related("workspace").get(pk=asset_id)
    watermark = asset.workspace.watermark_text or None
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "src")
        download_to(asset.storage_key, src)
        for label, size in THUMB_SIZES.items():
            dst = os.path.join(tmp, f"{label}.jpg")
            # small thumbnails are too small for a readable watermark
            mark = watermark if label != "sm" else None
            subprocess.run(
                _convert_cmd(src, dst, size, mark),
                shell=True,
                check=True,
                timeout=60,
            )
            upload_from(dst, f"thumbs/{asset.id}/{label}.jpg")
    asset.thumbnails_ready = True
    asset.save(update_fields=["thumbnails_ready"])
    log.info("thumbnails done for asset %s (watermark=%s)", asset_id, bool(watermark))
