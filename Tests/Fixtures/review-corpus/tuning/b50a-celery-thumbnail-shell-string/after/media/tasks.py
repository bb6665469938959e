import logging
import subprocess
import tempfile
from pathlib import Path

from celery import shared_task

from media.models import Asset
from media.storage import download_to, upload_from

log = logging.getLogger(__name__)

THUMB_SIZES = {"sm": "160x160", "md": "480x480", "lg": "1280x1280"}


@shared_task(bind=True, max_retries=3)
def make_thumbnail(self, asset_id, size="md", watermark=None):
    """size is a preset name or a custom "WxH"; both it and watermark come from the upload form."""
    asset = Asset.objects.get(pk=asset_id)
    geometry = THUMB_SIZES.get(size, size)
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "src"
        out = Path(tmp) / f"thumb-{asset.id}.webp"
        download_to(asset.storage_key, src)
        cmd = (
            f"convert {src} -auto-orient -thumbnail '{geometry}^' "
            f"-gravity center -extent {geometry}"
        )
        if watermark:
            cmd += f" -gravity southeast -pointsize 18 -fill 'rgba(255,255,255,0.6)' -annotate +12+12 '{watermark}'"
        cmd += f" {out}"
        proc = subprocess.run(cmd, shell=True, capture_output=True, timeout=120)
        if proc.returncode != 0:
            log.warning("convert failed for %s: %s", asset_id, proc.stderr[:500])
            raise self.retry(countdown=30)
        key = upload_from(out, prefix=f"thumbs/{asset.id}")
    asset.thumbnails[size] = key
    asset.save(update_fields=["thumbnails"])
    return key
