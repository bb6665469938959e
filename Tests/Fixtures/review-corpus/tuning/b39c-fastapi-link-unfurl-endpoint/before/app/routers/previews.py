"""Link previews shown under chat messages."""
from __future__ import annotations

import logging

from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel
from sqlalchemy.orm import Session

from app.auth import current_user
from app.db import get_session
from app.models import LinkPreview, Message, User

log = logging.getLogger(__name__)

router = APIRouter(prefix="/previews", tags=["previews"])


class PreviewOut(BaseModel):
    url: str
    title: str | None = None
    description: str | None = None


@router.get("/{message_id}", response_model=list[PreviewOut])
def previews_for_message(
    message_id: int,
    db: Session = Depends(get_session),
    user: User = Depends(current_user),
) -> list[PreviewOut]:
    msg = db.get(Message, message_id)
    if msg is None or not user.can_read(msg.channel):
        raise HTTPException(status_code=404)
    rows = db.query(LinkPreview).filter(LinkPreview.message_id == msg.id).all()
    return [PreviewOut(url=r.url, title=r.title, description=r.description) for r in rows]
