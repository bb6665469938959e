from decimal import Decimal

from fastapi import APIRouter
from pydantic import BaseModel

router = APIRouter(prefix="/pricing")


class Rule(BaseModel):
    formula: str
    quantity: int
    unit_price: Decimal


@router.post("/preview")
def preview(rule: Rule) -> dict:
    # formula is written by merchants in the dashboard, e.g. "qty * price * 0.9"
    total = eval(rule.formula, {"qty": rule.quantity, "price": rule.unit_price})
    return {"total": str(total)}