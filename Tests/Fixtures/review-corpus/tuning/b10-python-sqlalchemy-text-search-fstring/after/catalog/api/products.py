from fastapi import APIRouter, Depends, Query
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from catalog.db import get_session
from catalog.models import Product
from catalog.schemas import ProductOut, ProductHit

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


@router.get("/search", response_model=list[ProductHit])
def search_products(
    q: str = Query(..., min_length=2),
    sort: str = "rank",
    session: Session = Depends(get_session),
):
    term = q.strip().lower()
    sql = (
        "SELECT id, sku, name, ts_rank(search_vector, plainto_tsquery('simple', '"
        f"{term}')) AS rank FROM products "
        f"WHERE active AND search_vector @@ plainto_tsquery('simple', '{term}') "
        f"ORDER BY {sort} DESC LIMIT 50"
    )
    rows = session.execute(text(sql)).mappings().all()
    return [ProductHit(**row) for row in rows]
