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
def make_thumbnail(self, asset_id, size="md"):
    asset = Asset.objects.get(pk=asset_id)
    geometry = THUMB_SIZES.get(size, THUMB_SIZES["md"])
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "src"
        out = Path(tmp) / f"thumb-{size}.webp"
        download_to(asset.storage_key, src)
        cmd = [
            "convert", str(src), "-auto-orient",
            "-thumbnail", f"{geometry}^",
            "-gravity", "center", "-extent", geometry,
            str(out),
        ]
        proc = subprocess.run(cmd, capture_output=True, timeout=120)
        if proc.returncode != 0:
            log.warning("convert failed for %s: %s", asset_id, proc.stderr[:500])
            raise self.retry(countdown=30)
        key = upload_from(out, prefix=f"thumbs/{asset.id}")
    asset.thumbnails[size] = key
    asset.save(update_fields=["thumbnails"])
    return key
