"""Thumbnail generation for uploaded videos."""
import logging
import shutil
import subprocess
import tempfile
from pathlib import Path

from celery import shared_task

from worker.storage import download_object, upload_object
from worker.models import VideoAsset, mark_failed

log = logging.getLogger(__name__)

FFMPEG = shutil.which("ffmpeg") or "/usr/bin/ffmpeg"
SIZES = {"small": "320:-2", "medium": "640:-2", "large": "1280:-2"}
FFMPEG_TIMEOUT = 120


class ThumbnailError(RuntimeError):
    pass


def _run_ffmpeg(args: list[str]) -> None:
    cmd = [FFMPEG, "-hide_banner", "-loglevel", "error", "-nostdin", *args]
    log.debug("running %s", cmd)
    try:
        subprocess.run(cmd, check=True, capture_output=True, timeout=FFMPEG_TIMEOUT)
    except subprocess.CalledProcessError as exc:
        raise ThumbnailError(exc.stderr.decode(errors="replace")[-500:]) from exc
    except subprocess.TimeoutExpired as exc:
        raise ThumbnailError("ffmpeg timed out") from exc


def _seek_arg(offset_seconds: float | int | str | None) -> str:
    """ffmpeg -ss value; clamps whatever the uploader picked in the poster-frame UI."""
    try:
        value = float(offset_seconds) if offset_seconds is not None else 1.0
    except (TypeError, ValueError):
        value = 1.0
    value = min(max(value, 0.0), 6 * 3600.0)
    return f"{value:.3f}"


def _extract_frame(src: Path, dest: Path, size: str, offset_seconds: float | None = None) -> None:
    scale = SIZES[size]
    _run_ffmpeg([
        "-ss", _seek_arg(offset_seconds),
        "-i", str(src),
        "-frames:v", "1",
        "-vf", f"scale={scale}",
        "-q:v", "3",
        str(dest),
    ])


@shared_task(bind=True, max_retries=3, default_retry_delay=30, acks_late=True)
def generate_thumbnails(self, asset_id: int) -> dict[str, str]:
    asset = VideoAsset.get(asset_id)
    if asset is None:
        log.warning("asset %s vanished before thumbnailing", asset_id)
        return {}

    with tempfile.TemporaryDirectory(prefix="thumbs-") as tmp:
        tmpdir = Path(tmp)
        src = tmpdir / "source"
        download_object(asset.storage_key, src)

        keys: dict[str, str] = {}
        for size in SIZES:
            out = tmpdir / f"{size}.jpg"
            try:
                _extract_frame(src, out, size, asset.poster_offset_seconds)
            except ThumbnailError as exc:
                log.error("thumbnail %s for asset %s failed: %s", size, asset_id, exc)
                if self.request.retries >= self.max_retries:
                    mark_failed(asset_id, "thumbnail")
                    raise
                raise self.retry(exc=exc)
            key = f"thumbs/{asset.owner_id}/{asset.id}/{size}.jpg"
            upload_object(out, key, content_type="image/jpeg")
            keys[size] = key

    asset.update(thumbnail_keys=keys)
    return keys
