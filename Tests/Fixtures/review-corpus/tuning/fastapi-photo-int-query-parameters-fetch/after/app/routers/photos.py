import httpx
from fastapi import APIRouter, Response

router = APIRouter()
STORAGE_URL = "http://photo-store.internal:9000"


@router.get("/photo")
async def photo(photo_id: int, width: int = 320):
    async with httpx.AsyncClient(timeout=10) as client:
        resp = await client.get(f"{STORAGE_URL}/photos/{photo_id}?w={width}")
    return Response(resp.content, media_type="image/jpeg")


@router.get("/health")
def health():
    return {"ok": True}