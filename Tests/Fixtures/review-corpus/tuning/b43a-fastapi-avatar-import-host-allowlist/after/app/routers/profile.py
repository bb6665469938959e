from urllib.parse import urlsplit

import httpx
from fastapi import APIRouter, Depends, File, HTTPException, UploadFile
from pydantic import BaseModel, HttpUrl

from app.auth import current_user
from app.models import User
from app.storage import save_avatar

router = APIRouter(prefix="/me", tags=["profile"])

MAX_AVATAR_BYTES = 2 * 1024 * 1024
ALLOWED_TYPES = {"image/png", "image/jpeg", "image/webp"}
AVATAR_HOSTS = {"avatars.githubusercontent.com", "secure.gravatar.com"}


class AvatarImport(BaseModel):
    url: HttpUrl


@router.post("/avatar")
async def upload_avatar(file: UploadFile = File(...), user: User = Depends(current_user)):
    if file.content_type not in ALLOWED_TYPES:
        raise HTTPException(400, "unsupported image type")
    data = await file.read(MAX_AVATAR_BYTES + 1)
    if len(data) > MAX_AVATAR_BYTES:
        raise HTTPException(413, "avatar too large")
    key = await save_avatar(user.id, data, file.content_type)
    return {"avatar_key": key}


@router.post("/avatar/import")
async def import_avatar(body: AvatarImport, user: User = Depends(current_user)):
    parts = urlsplit(str(body.url))
    if parts.scheme != "https" or parts.hostname not in AVATAR_HOSTS or parts.port not in (None, 443):
        raise HTTPException(400, "avatars can only be imported from GitHub or Gravatar")
    async with httpx.AsyncClient(timeout=5.0, follow_redirects=False) as client:
        resp = await client.get(str(body.url))
    content_type = resp.headers.get("content-type", "").split(";")[0]
    if resp.status_code != 200 or content_type not in ALLOWED_TYPES:
        raise HTTPException(400, "could not fetch an image from that URL")
    if len(resp.content) > MAX_AVATAR_BYTES:
        raise HTTPException(413, "avatar too large")
    key = await save_avatar(user.id, resp.content, content_type)
    return {"avatar_key": key}
