from fastapi import APIRouter, Depends, HTTPException, Query
from sqlalchemy import bindparam, text
from sqlalchemy.orm import Session

from app.db import get_db

router = APIRouter()

SORT_COLUMNS = {"issued": "issued_at", "total": "total_cents", "number": "number"}
DIRECTIONS = {"asc": "ASC", "desc": "DESC"}


@router.get("/customers/{customer_id}/invoices")
def list_invoices(
    customer_id: int,
    status: list[str] = Query(default=[]),
    sort: str = "issued",
    direction: str = "desc",
    db: Session = Depends(get_db),
):
    column = SORT_COLUMNS.get(sort)
    order = DIRECTIONS.get(direction.lower())
    if column is None or order is None:
        raise HTTPException(status_code=400, detail="unsupported sort")

    sql = (
        "SELECT id, number, status, total_cents, issued_at FROM invoices "
        "WHERE customer_id = :customer_id "
        + ("AND status IN :statuses " if status else "")
        + f"ORDER BY {column} {order}"
    )
    stmt = text(sql)
    params = {"customer_id": customer_id}
    if status:
        stmt = stmt.bindparams(bindparam("statuses", expanding=True))
        params["statuses"] = status
    return [dict(r._mapping) for r in db.execute(stmt, params)]