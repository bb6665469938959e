from datetime import date

from fastapi import APIRouter, Depends, HTTPException, Query
from sqlalchemy import text
from sqlalchemy.orm import Session

from catalog.auth import current_tenant
from catalog.db import get_session

router = APIRouter(prefix="/orders", tags=["orders"])

_SORT_COLUMNS = {
    "created": "o.created_at",
    "total": "o.total_cents",
    "customer": "c.display_name",
}


@router.get("/health")
def health():
    return {"ok": True}


@router.get("/report")
def order_report(
    since: date,
    status: str = "paid",
    sort: str = "created",
    limit: int = Query(100, ge=1, le=1000),
    tenant_id: int = Depends(current_tenant),
    session: Session = Depends(get_session),
):
    order_col = _SORT_COLUMNS.get(sort)
    if order_col is None:
        raise HTTPException(status_code=400, detail=f"sort must be one of {sorted(_SORT_COLUMNS)}")
    sql = text(
        f"""
        SELECT o.id, o.created_at, o.total_cents, c.display_name AS customer
        FROM orders o JOIN customers c ON c.id = o.customer_id
        WHERE o.tenant_id = :tenant AND o.status = :status AND o.created_at >= :since
        ORDER BY {order_col} DESC
        LIMIT :limit
        """
    )
    rows = session.execute(
        sql, {"tenant": tenant_id, "status": status, "since": since, "limit": limit}
    ).mappings()
    return [dict(r) for r in rows]
