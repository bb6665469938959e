from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException
from fastapi.responses import FileResponse

from app.auth import get_current_user
from app.models import Attachment, User

router = APIRouter()
STORAGE_ROOT = Path("/srv/app/storage").resolve()


@router.get("/attachments/{attachment_id}")
async def get_attachment(attachment_id: int, user: User = Depends(get_current_user)):
    att = await Attachment.get_for_workspace(attachment_id, user.workspace_id)
    if att is None:
        raise HTTPException(status_code=404)
    return FileResponse(STORAGE_ROOT / att.storage_key, filename=att.original_name)
