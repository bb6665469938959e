from fastapi import APIRouter, Depends, Query
from sqlalchemy import text
from sqlalchemy.orm import Session

from app.db import get_db

router = APIRouter()


@router.get("/customers/{customer_id}/invoices")
def list_invoices(
    customer_id: int,
    status: list[str] = Query(default=[]),
    sort: str = "issued",
    direction: str = "desc",
    db: Session = Depends(get_db),
):
    where = f"AND status IN ({', '.join(repr(s) for s in status)})" if status else ""
    sql = (
        "SELECT id, number, status, total_cents, issued_at FROM invoices "
        f"WHERE customer_id = {customer_id} {where} ORDER BY {sort} {direction}"
    )
    return [dict(r._mapping) for r in db.execute(text(sql))]