"""Link previews shown under chat messages."""
from __future__ import annotations

import logging
import re
from urllib.parse import urlparse

import httpx
from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel
from sqlalchemy.orm import Session

from app.auth import current_user
from app.db import get_session
from app.models import LinkPreview, Message, User

log = logging.getLogger(__name__)

router = APIRouter(prefix="/previews", tags=["previews"])

_TITLE_RE = re.compile(r"<title[^>]*>(.*?)</title>", re.I | re.S)
_DESC_RE = re.compile(r'<meta\s+name="description"\s+content="([^"]*)"', re.I)


class PreviewOut(BaseModel):
    url: str
    title: str | None = None
    description: str | None = None


class UnfurlIn(BaseModel):
    url: str


def _fetch_html(target: str) -> str:
    with httpx.Client(timeout=5.0, follow_redirects=True) as client:
        resp = client.get(target, headers={"User-Agent": "ChatUnfurl/1.0"})
        return resp.text[:200_000]


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


@router.post("/unfurl", response_model=PreviewOut)
def unfurl(body: UnfurlIn, user: User = Depends(current_user)) -> PreviewOut:
    if urlparse(body.url).scheme not in ("http", "https"):
        raise HTTPException(status_code=422, detail="unsupported scheme")
    html = _fetch_html(body.url)
    title = _TITLE_RE.search(html)
    desc = _DESC_RE.search(html)
    return PreviewOut(
        url=body.url,
        title=title.group(1).strip() if title else None,
        description=desc.group(1) if desc else None,
    )
