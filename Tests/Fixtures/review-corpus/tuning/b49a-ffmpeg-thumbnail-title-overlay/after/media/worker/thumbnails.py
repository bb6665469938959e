import logging
import subprocess
import tempfile
from pathlib import Path

from media.models import Upload
from media.storage import bucket

log = logging.getLogger(__name__)

THUMB_WIDTH = 480
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def _filters(upload: Upload) -> str:
    scale = f"scale={THUMB_WIDTH}:-1"
    if not upload.title:
        return scale
    overlay = (
        f"drawtext=fontfile={FONT}:text='{upload.title}'"
        ":x=12:y=h-th-12:fontsize=22:fontcolor=white:box=1:boxcolor=black@0.5"
    )
    return f"{scale},{overlay}"


def make_thumbnail(upload: Upload, offset_seconds: float = 1.0) -> str:
    """Grab one frame from an uploaded video, burn in its title, and store it as a JPEG."""
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "source.bin"
        dst = Path(tmp) / "thumb.jpg"
        bucket.download_file(upload.storage_key, str(src))
        # drawtext quoting is painful as an argv list; build the command line instead.
        cmd = (
            f"ffmpeg -hide_banner -loglevel error -ss {offset_seconds:.2f} "
            f'-i {src} -vf "{_filters(upload)}" -frames:v 1 {dst}'
        )
        subprocess.run(cmd, shell=True, check=True, timeout=60)
        key = f"{upload.storage_key}.thumb.jpg"
        bucket.upload_file(str(dst), key, ExtraArgs={"ContentType": "image/jpeg"})
        log.info("thumbnail for upload %s stored at %s", upload.id, key)
        return key
