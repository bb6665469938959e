package com.shopfront.pricing;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.expression.ExpressionParser;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.expression.spel.support.StandardEvaluationContext;
import org.springframework.stereotype.Component;

@Component
public class PromotionEvaluator {

    private final ExpressionParser parser = new SpelExpressionParser();

    public boolean applies(Promotion promo, Cart cart) {
        return switch (promo.getKind()) {
            case MIN_SUBTOTAL -> cart.getSubtotal().compareTo(promo.getThreshold()) >= 0;
            case SKU_IN_CART -> cart.getSkus().contains(promo.getSku());
            case FIRST_ORDER -> cart.getCustomer().getOrderCount() == 0;
            case CUSTOM -> matchesCondition(promo.getCondition(), cart);
        };
    }

    public BigDecimal bestDiscount(List<Promotion> promos, Cart cart) {
        return promos.stream()
                .filter(p -> applies(p, cart))
                .map(p -> p.discountFor(cart))
                .max(BigDecimal::compareTo)
                .orElse(BigDecimal.ZERO);
    }

    // Conditions come from the merchant promotions editor, e.g. "subtotal > 50 and #customer.country == 'DE'".
    private boolean matchesCondition(String condition, Cart cart) {
        StandardEvaluationContext ctx = new StandardEvaluationContext(cart);
        ctx.setVariable("customer", cart.getCustomer());
        return Boolean.TRUE.equals(parser.parseExpression(condition).getValue(ctx, Boolean.class));
    }
}
