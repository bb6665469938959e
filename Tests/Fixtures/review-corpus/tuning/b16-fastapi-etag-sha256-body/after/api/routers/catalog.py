import hashlib
import json

from fastapi import APIRouter, Depends, Request, Response
from sqlalchemy.orm import Session

from api.db import get_session
from api.models import Product

router = APIRouter(prefix="/catalog", tags=["catalog"])


def _etag(payload: bytes) -> str:
    return '"' + hashlib.sha256(payload).hexdigest()[:32] + '"'


@router.get("/products")
def list_products(request: Request, response: Response, db: Session = Depends(get_session)):
    rows = db.query(Product).filter(Product.active.is_(True)).order_by(Product.sku).all()
    body = json.dumps(
        [{"sku": p.sku, "name": p.name, "price": str(p.price)} for p in rows],
        separators=(",", ":"),
    ).encode()
    tag = _etag(body)
    if request.headers.get("if-none-match") == tag:
        return Response(status_code=304, headers={"ETag": tag})
    return Response(
        content=body,
        media_type="application/json",
        headers={"ETag": tag, "Cache-Control": "public, max-age=60"},
    )