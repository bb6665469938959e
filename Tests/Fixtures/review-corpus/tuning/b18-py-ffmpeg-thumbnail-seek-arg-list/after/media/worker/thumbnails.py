import logging
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from .storage import BlobStore

log = logging.getLogger(__name__)

FFMPEG = shutil.which("ffmpeg") or "/usr/bin/ffmpeg"
THUMB_WIDTHS = (160, 320, 640)


class TranscodeError(RuntimeError):
    pass


@dataclass
class Thumbnail:
    width: int
    key: str


def _run(args: list[str], timeout: int = 120) -> None:
    log.debug("running %s", args)
    proc = subprocess.run(args, capture_output=True, timeout=timeout, check=False)
    if proc.returncode != 0:
        raise TranscodeError(proc.stderr.decode(errors="replace")[-2000:])


def make_thumbnails(store: BlobStore, video_key: str, at_seconds: float = 1.0) -> list[Thumbnail]:
    """Grab one frame from the uploaded video and write it at several widths."""
    if not (0 <= at_seconds < 3600):
        raise ValueError("at_seconds out of range")
    out: list[Thumbnail] = []
    with tempfile.TemporaryDirectory(prefix="thumbs-") as tmp:
        src = Path(tmp) / "source"
        store.download_to(video_key, src)
        for width in THUMB_WIDTHS:
            dst = Path(tmp) / f"thumb-{width}.jpg"
            _run(
                [
                    FFMPEG,
                    "-hide_banner",
                    "-loglevel", "error",
                    "-ss", f"{at_seconds:.3f}",
                    "-i", str(src),
                    "-frames:v", "1",
                    "-vf", f"scale={width}:-2",
                    "-q:v", "3",
                    "-y",
                    str(dst),
                ]
            )
            key = f"{video_key}.thumb.{width}.jpg"
            store.upload_from(dst, key, content_type="image/jpeg")
            out.append(Thumbnail(width=width, key=key))
    return out


def probe_duration(store: BlobStore, video_key: str) -> float:
    with tempfile.TemporaryDirectory(prefix="probe-") as tmp:
        src = Path(tmp) / "source"
        store.download_to(video_key, src)
        proc = subprocess.run(
            [
                shutil.which("ffprobe") or "/usr/bin/ffprobe",
                "-v", "error",
                "-show_entries", "format=duration",
                "-of", "default=noprint_wrappers=1:nokey=1",
                str(src),
            ],
            capture_output=True,
            text=True,
            timeout=30,
            check=True,
        )
    return float(proc.stdout.strip() or 0)