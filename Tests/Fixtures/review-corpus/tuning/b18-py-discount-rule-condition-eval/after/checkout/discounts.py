"""Tenant-configurable discount rules applied at checkout."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from .models import Cart, DiscountRule

log = logging.getLogger(__name__)


@dataclass
class AppliedDiscount:
    rule_id: int
    label: str
    amount: Decimal


def _rule_context(cart: Cart) -> dict:
    return {
        "subtotal": cart.subtotal,
        "item_count": sum(line.quantity for line in cart.lines),
        "country": cart.shipping_country,
        "is_first_order": cart.customer.order_count == 0,
        "skus": {line.sku for line in cart.lines},
    }


def _rule_matches(rule: DiscountRule, ctx: dict) -> bool:
    # Rules are written by merchants in the storefront admin as a boolean
    # expression over the context, e.g. "subtotal > 50 and country == 'DE'".
    try:
        return bool(eval(rule.condition, {}, ctx))
    except Exception:
        log.exception("discount rule %s failed to evaluate", rule.id)
        return False


def _rule_amount(rule: DiscountRule, ctx: dict) -> Decimal:
    if rule.percent_off:
        return (ctx["subtotal"] * Decimal(rule.percent_off) / 100).quantize(Decimal("0.01"))
    return Decimal(rule.amount_off or 0)


def apply_discounts(session: Session, cart: Cart) -> list[AppliedDiscount]:
    rules = session.scalars(
        select(DiscountRule)
        .where(DiscountRule.store_id == cart.store_id, DiscountRule.active.is_(True))
        .order_by(DiscountRule.priority)
    ).all()
    ctx = _rule_context(cart)
    applied: list[AppliedDiscount] = []
    for rule in rules:
        if not _rule_matches(rule, ctx):
            continue
        amount = min(_rule_amount(rule, ctx), ctx["subtotal"])
        applied.append(AppliedDiscount(rule.id, rule.label, amount))
        if rule.exclusive:
            break
    return applied