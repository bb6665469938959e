from fastapi import APIRouter, Depends
from sqlalchemy.orm import Session

from catalog.auth import current_tenant
from catalog.db import get_session

router = APIRouter(prefix="/orders", tags=["orders"])


@router.get("/health")
def health():
    return {"ok": True}
