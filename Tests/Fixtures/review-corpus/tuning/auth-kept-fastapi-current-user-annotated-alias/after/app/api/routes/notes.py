from fastapi import APIRouter

from app.api.deps import CurrentUser
from app.services import notes

router = APIRouter(prefix="/notes")


@router.get("/")
async def list_notes(user: CurrentUser):
    return await notes.for_owner(user.id)


@router.delete("/{note_id}")
async def delete_note(note_id: int, user: CurrentUser):
    await notes.delete(note_id, owner_id=user.id)