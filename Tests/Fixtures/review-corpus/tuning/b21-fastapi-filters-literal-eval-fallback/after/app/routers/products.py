import ast
import json
from typing import Any, Optional

from fastapi import APIRouter, Depends, HTTPException, Query
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.db import get_session
from app.models import Product
from app.schemas import ProductOut

router = APIRouter(prefix="/products", tags=["products"])

FILTERABLE = {
    "category": Product.category,
    "brand": Product.brand,
    "in_stock": Product.in_stock,
    "price_max": Product.price_cents,
}


def parse_filters(raw: Optional[str]) -> dict[str, Any]:
    if not raw:
        return {}
    if len(raw) > 2000:
        raise HTTPException(status_code=400, detail="filters too long")
    try:
        value = json.loads(raw)
    except ValueError:
        # Older mobile clients send Python-style dicts, e.g. {'in_stock': True}.
        try:
            value = ast.literal_eval(raw)
        except (ValueError, SyntaxError, MemoryError, RecursionError):
            raise HTTPException(status_code=400, detail="filters must be JSON")
    if not isinstance(value, dict):
        raise HTTPException(status_code=400, detail="filters must be an object")
    unknown = set(value) - set(FILTERABLE)
    if unknown:
        raise HTTPException(status_code=400, detail=f"unknown filters: {sorted(unknown)}")
    return value


@router.get("", response_model=list[ProductOut])
async def list_products(
    filters: Optional[str] = Query(None, description="JSON object of field filters"),
    limit: int = Query(50, le=200),
    offset: int = Query(0, ge=0),
    session: AsyncSession = Depends(get_session),
):
    stmt = select(Product).where(Product.published.is_(True))
    for field, wanted in parse_filters(filters).items():
        column = FILTERABLE[field]
        if field == "price_max":
            stmt = stmt.where(column <= int(wanted))
        elif isinstance(wanted, list):
            stmt = stmt.where(column.in_(wanted))
        else:
            stmt = stmt.where(column == wanted)
    stmt = stmt.order_by(Product.id).limit(limit).offset(offset)
    result = await session.execute(stmt)
    return result.scalars().all()


@router.get("/{product_id}", response_model=ProductOut)
async def get_product(product_id: int, session: AsyncSession = Depends(get_session)):
    product = await session.get(Product, product_id)
    if product is None or not product.published:
        raise HTTPException(status_code=404)
    return product
