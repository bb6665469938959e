import requests
from fastapi import APIRouter, Depends

from app.auth import current_user

router = APIRouter(prefix="/links")


@router.get("/check")
def check_link(target: str, user=Depends(current_user)):
    resp = requests.head(target, allow_redirects=True, timeout=5)
    return {"status": resp.status_code, "final_url": resp.url}


@router.get("/")
def list_links(user=Depends(current_user)):
    return user.links