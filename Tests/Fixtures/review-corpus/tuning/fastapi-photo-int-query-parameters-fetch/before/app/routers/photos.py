import httpx
from fastapi import APIRouter, Response

router = APIRouter()
STORAGE_URL = "http://photo-store.internal:9000"


@router.get("/health")
def health():
    return {"ok": True}