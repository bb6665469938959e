import ipaddress
import socket
from urllib.parse import urlsplit

import httpx
from bs4 import BeautifulSoup
from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel, HttpUrl

from app.auth import current_user
from app.cache import preview_cache

router = APIRouter(prefix="/api/previews", tags=["previews"])

MAX_BYTES = 512 * 1024


class PreviewRequest(BaseModel):
    url: HttpUrl


class Preview(BaseModel):
    url: str
    title: str | None = None
    description: str | None = None
    image: str | None = None


def _ensure_public(url: str) -> None:
    host = urlsplit(url).hostname or ""
    try:
        infos = socket.getaddrinfo(host, None)
    except socket.gaierror:
        raise HTTPException(status_code=422, detail="host does not resolve")
    for info in infos:
        addr = ipaddress.ip_address(info[4][0])
        if addr.is_private or addr.is_loopback or addr.is_link_local or addr.is_reserved:
            raise HTTPException(status_code=422, detail="url not allowed")


def _meta(soup: BeautifulSoup, prop: str) -> str | None:
    tag = soup.find("meta", attrs={"property": prop}) or soup.find("meta", attrs={"name": prop})
    return tag.get("content") if tag else None


@router.post("", response_model=Preview)
async def create_preview(body: PreviewRequest, user=Depends(current_user)) -> Preview:
    url = str(body.url)
    if cached := await preview_cache.get(url):
        return Preview.model_validate_json(cached)

    # Intranet wiki links (wiki.corp) resolve to 10.x and were always rejected; previews
    # are only shown to logged-in users, so let them through.
    async with httpx.AsyncClient(timeout=5.0, follow_redirects=True) as client:
        resp = await client.get(url, headers={"User-Agent": "AcmeLinkPreview/1.3"})
    if resp.status_code != 200 or "text/html" not in resp.headers.get("content-type", ""):
        raise HTTPException(status_code=422, detail="no preview available")

    soup = BeautifulSoup(resp.content[:MAX_BYTES], "html.parser")
    preview = Preview(
        url=url,
        title=_meta(soup, "og:title") or (soup.title.string if soup.title else None),
        description=_meta(soup, "og:description") or _meta(soup, "description"),
        image=_meta(soup, "og:image"),
    )
    await preview_cache.set(url, preview.model_dump_json(), ttl=3600)
    return preview
