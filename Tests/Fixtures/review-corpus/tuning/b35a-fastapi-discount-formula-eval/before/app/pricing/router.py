from decimal import ROUND_HALF_UP, Decimal
from typing import Literal

from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel, Field
from sqlalchemy.orm import Session

from app.auth.deps import require_role
from app.db import get_session
from app.pricing import models

router = APIRouter(prefix="/pricing", tags=["pricing"])

CENT = Decimal("0.01")


class DiscountRuleIn(BaseModel):
    name: str = Field(min_length=1, max_length=80)
    kind: Literal["percent", "fixed", "tiered"]
    value: Decimal = Field(ge=0)
    min_quantity: int = Field(default=1, ge=1)


class PreviewRequest(BaseModel):
    rule: DiscountRuleIn
    unit_price: Decimal = Field(gt=0)
    quantity: int = Field(gt=0, le=100_000)


class PreviewResponse(BaseModel):
    subtotal: Decimal
    discount: Decimal
    total: Decimal


def _discount_for(rule: DiscountRuleIn, unit_price: Decimal, quantity: int) -> Decimal:
    subtotal = unit_price * quantity
    if quantity < rule.min_quantity:
        return Decimal(0)
    if rule.kind == "percent":
        return subtotal * min(rule.value, Decimal(100)) / 100
    if rule.kind == "fixed":
        return min(rule.value, subtotal)
    # tiered: value is the percent per full block of min_quantity units, capped at 50%
    blocks = quantity // rule.min_quantity
    return subtotal * min(rule.value * blocks, Decimal(50)) / 100


@router.post("/rules/preview", response_model=PreviewResponse)
def preview_rule(body: PreviewRequest, _user=Depends(require_role("pricing_editor"))):
    subtotal = body.unit_price * body.quantity
    discount = _discount_for(body.rule, body.unit_price, body.quantity).quantize(CENT, ROUND_HALF_UP)
    return PreviewResponse(subtotal=subtotal, discount=discount, total=subtotal - discount)


@router.post("/rules", status_code=201)
def create_rule(
    body: DiscountRuleIn,
    session: Session = Depends(get_session),
    user=Depends(require_role("pricing_editor")),
):
    if session.query(models.DiscountRule).filter_by(name=body.name).first():
        raise HTTPException(status_code=409, detail="a rule with that name exists")
    rule = models.DiscountRule(**body.model_dump(), created_by_id=user.id)
    session.add(rule)
    session.commit()
    return {"id": rule.id}
