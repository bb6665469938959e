"""Evaluate merchant-defined discount rules.

Merchants write rules in the dashboard, e.g.

    condition:  cart_total >= 100 and customer_tier == "gold"
    amount:     cart_total * 0.1

They are stored on DiscountRule.condition_expr / DiscountRule.amount_expr.
"""
import logging
from decimal import Decimal

from simpleeval import EvalWithCompoundTypes, InvalidExpression

from pricing.models import DiscountRule

logger = logging.getLogger(__name__)

ALLOWED_FUNCTIONS = {
    "min": min,
    "max": max,
    "round": round,
    "abs": abs,
    "Decimal": Decimal,
}


def _context(cart) -> dict:
    return {
        "cart_total": cart.total,
        "item_count": cart.item_count,
        "customer_tier": cart.customer.tier if cart.customer else "guest",
        "skus": [line.sku for line in cart.lines],
        "country": cart.shipping_country,
        "first_order": cart.customer is not None and cart.customer.order_count == 0,
    }


def _evaluate(expr: str, names: dict):
    evaluator = EvalWithCompoundTypes(names=names, functions=ALLOWED_FUNCTIONS)
    return evaluator.eval(expr)


def applicable_discounts(cart) -> list[tuple[DiscountRule, Decimal]]:
    names = _context(cart)
    results = []
    for rule in DiscountRule.objects.filter(merchant=cart.merchant, active=True).order_by("priority"):
        try:
            if not _evaluate(rule.condition_expr, names):
                continue
            amount = Decimal(str(_evaluate(rule.amount_expr, names)))
        except (InvalidExpression, SyntaxError, TypeError, ValueError, ArithmeticError) as exc:
            logger.warning("discount rule %s failed: %s", rule.pk, exc)
            continue
        if amount > 0:
            results.append((rule, min(amount, cart.total)))
        if rule.stop_processing:
            break
    return results
