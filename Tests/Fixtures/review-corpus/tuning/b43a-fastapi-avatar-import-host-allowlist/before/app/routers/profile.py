from fastapi import APIRouter, Depends, File, HTTPException, UploadFile

from app.auth import current_user
from app.models import User
from app.storage import save_avatar

router = APIRouter(prefix="/me", tags=["profile"])

MAX_AVATAR_BYTES = 2 * 1024 * 1024
ALLOWED_TYPES = {"image/png", "image/jpeg", "image/webp"}


@router.post("/avatar")
async def upload_avatar(file: UploadFile = File(...), user: User = Depends(current_user)):
    if file.content_type not in ALLOWED_TYPES:
        raise HTTPException(400, "unsupported image type")
    data = await file.read(MAX_AVATAR_BYTES + 1)
    if len(data) > MAX_AVATAR_BYTES:
        raise HTTPException(413, "avatar too large")
    key = await save_avatar(user.id, data, file.content_type)
    return {"avatar_key": key}
