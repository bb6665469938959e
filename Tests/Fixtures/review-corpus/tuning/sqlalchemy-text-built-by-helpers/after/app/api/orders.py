from fastapi import APIRouter, Depends, Request
from sqlalchemy import text
from sqlalchemy.orm import Session

from app.db import get_db

router = APIRouter()
DEFAULT_SORT = "created_at"


def _order_clause(sort: str | None, direction: str | None) -> str:
    column = sort or DEFAULT_SORT
    dir_ = "DESC" if (direction or "").lower() == "desc" else "ASC"
    return f"ORDER BY {column} {dir_}"


def _status_filter(statuses: list[str]) -> str:
    if not statuses:
        return ""
    quoted = ", ".join(f"'{s}'" for s in statuses)
    return f"AND status IN ({quoted})"


def list_orders(db: Session, customer_id: int, params: dict) -> list[dict]:
    sql = (
        "SELECT id, reference, status, total_cents, created_at "
        "FROM orders WHERE customer_id = :customer_id "
        f"{_status_filter(params['status'])} "
        f"{_order_clause(params['sort'], params['dir'])} "
        "LIMIT :limit OFFSET :offset"
    )
    rows = db.execute(
        text(sql),
        {"customer_id": customer_id, "limit": params["limit"], "offset": params["offset"]},
    )
    return [dict(r._mapping) for r in rows]


@router.get("/customers/{customer_id}/orders")
def get_orders(customer_id: int, request: Request, db: Session = Depends(get_db)):
    qp = request.query_params
    params = {
        "status": qp.getlist("status"),
        "sort": qp.get("sort"),
        "dir": qp.get("dir"),
        "limit": min(int(qp.get("limit", 50)), 200),
        "offset": int(qp.get("offset", 0)),
    }
    return list_orders(db, customer_id, params)