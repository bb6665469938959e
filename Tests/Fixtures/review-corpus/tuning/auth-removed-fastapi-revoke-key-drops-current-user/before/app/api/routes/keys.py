from fastapi import APIRouter, Depends, HTTPException

from app.api.deps import get_current_active_user
from app.models import User
from app.services import api_keys

router = APIRouter(prefix="/keys", tags=["keys"])


@router.get("/")
async def list_keys(current_user: User = Depends(get_current_active_user)):
    return await api_keys.for_user(current_user.id)


@router.delete("/{key_id}")
async def revoke_key(key_id: int, current_user: User = Depends(get_current_active_user)):
    if not await api_keys.revoke(key_id):
        raise HTTPException(status_code=404)
    return {"revoked": key_id}