import requests
from fastapi import APIRouter, Depends

from app.auth import current_user

router = APIRouter(prefix="/links")


@router.get("/")
def list_links(user=Depends(current_user)):
    return user.links