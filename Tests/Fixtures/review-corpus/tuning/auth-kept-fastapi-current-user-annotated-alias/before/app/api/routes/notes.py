from fastapi import APIRouter, Depends

from app.api.deps import get_current_user
from app.models import User
from app.services import notes

router = APIRouter(prefix="/notes")


@router.get("/")
async def list_notes(user: User = Depends(get_current_user)):
    return await notes.for_owner(user.id)


@router.delete("/{note_id}")
async def delete_note(note_id: int, user: User = Depends(get_current_user)):
    await notes.delete(note_id, owner_id=user.id)