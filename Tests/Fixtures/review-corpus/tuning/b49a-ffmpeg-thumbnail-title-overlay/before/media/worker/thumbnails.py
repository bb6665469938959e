import logging
import subprocess
import tempfile
from pathlib import Path

from media.models import Upload
from media.storage import bucket

log = logging.getLogger(__name__)

THUMB_WIDTH = 480


def make_thumbnail(upload: Upload, offset_seconds: float = 1.0) -> str:
    """Grab one frame from an uploaded video and store it as a JPEG next to it."""
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "source.bin"
        dst = Path(tmp) / "thumb.jpg"
        bucket.download_file(upload.storage_key, str(src))
        subprocess.run(
            [
                "ffmpeg", "-hide_banner", "-loglevel", "error",
                "-ss", f"{offset_seconds:.2f}",
                "-i", str(src),
                "-vf", f"scale={THUMB_WIDTH}:-1",
                "-frames:v", "1",
                str(dst),
            ],
            check=True,
            timeout=60,
        )
        key = f"{upload.storage_key}.thumb.jpg"
        bucket.upload_file(str(dst), key, ExtraArgs={"ContentType": "image/jpeg"})
        log.info("thumbnail for upload %s stored at %s", upload.id, key)
        return key
