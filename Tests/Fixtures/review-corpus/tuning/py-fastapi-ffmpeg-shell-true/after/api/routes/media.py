import subprocess
import tempfile
from pathlib import Path

from fastapi import APIRouter, HTTPException
from fastapi.responses import FileResponse

from api.storage import video_path

router = APIRouter(prefix="/media")


@router.get("/videos/{video_id}/poster")
def poster(video_id: int, at: str = "00:00:01"):
    src = video_path(video_id)
    if not src.exists():
        raise HTTPException(status_code=404)
    dst = Path(tempfile.mkdtemp()) / "poster.jpg"
    subprocess.run(
        f"ffmpeg -loglevel error -ss {at} -i {src} -frames:v 1 {dst}",
        shell=True,
        check=True,
        timeout=30,
    )
    return FileResponse(dst, media_type="image/jpeg")
