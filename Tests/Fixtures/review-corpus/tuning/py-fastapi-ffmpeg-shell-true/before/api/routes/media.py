import subprocess
import tempfile
from pathlib import Path

from fastapi import APIRouter, HTTPException
from fastapi.responses import FileResponse

from api.storage import video_path

router = APIRouter(prefix="/media")


@router.get("/videos/{video_id}/poster")
def poster(video_id: int):
    src = video_path(video_id)
    if not src.exists():
        raise HTTPException(status_code=404)
    dst = Path(tempfile.mkdtemp()) / "poster.jpg"
    subprocess.run(
        ["ffmpeg", "-loglevel", "error", "-i", str(src), "-frames:v", "1", str(dst)],
        check=True,
        timeout=30,
    )
    return FileResponse(dst, media_type="image/jpeg")
