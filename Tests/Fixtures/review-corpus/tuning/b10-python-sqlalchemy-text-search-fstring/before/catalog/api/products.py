from fastapi import APIRouter, Depends, Query
from sqlalchemy import select
from sqlalchemy.orm import Session

from catalog.db import get_session
from catalog.models import Product
from catalog.schemas import ProductOut

router = APIRouter(prefix="/products", tags=["products"])


@router.get("", response_model=list[ProductOut])
def list_products(
    category: str | None = None,
    limit: int = Query(50, le=200),
    session: Session = Depends(get_session),
):
    stmt = select(Product).where(Product.active.is_(True))
    if category:
        stmt = stmt.where(Product.category == category)
    stmt = stmt.order_by(Product.name).limit(limit)
    return session.scalars(stmt).all()
