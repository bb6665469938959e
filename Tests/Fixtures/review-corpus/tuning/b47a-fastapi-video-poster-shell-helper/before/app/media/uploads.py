import logging
import subprocess
from pathlib import Path

from fastapi import APIRouter, Depends, File, HTTPException, UploadFile

from app.auth import current_user
from app.settings import MEDIA_ROOT

log = logging.getLogger(__name__)
router = APIRouter(prefix="/media", tags=["media"])


def _sh(cmd: str) -> None:
    log.debug("running %s", cmd)
    subprocess.run(cmd, shell=True, check=True, timeout=60)


def ensure_tools() -> None:
    _sh("ffmpeg -version > /dev/null")


@router.post("/images")
async def upload_image(file: UploadFile = File(...), user=Depends(current_user)):
    if file.content_type not in {"image/png", "image/jpeg"}:
        raise HTTPException(status_code=415)
    dest = Path(MEDIA_ROOT) / str(user.id) / "images"
    dest.mkdir(parents=True, exist_ok=True)
    target = dest / Path(file.filename).name
    target.write_bytes(await file.read())
    return {"path": str(target.relative_to(MEDIA_ROOT))}
