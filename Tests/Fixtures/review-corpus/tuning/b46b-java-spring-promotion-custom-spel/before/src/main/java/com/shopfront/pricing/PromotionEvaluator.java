package com.shopfront.pricing;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.stereotype.Component;

@Component
public class PromotionEvaluator {

    public boolean applies(Promotion promo, Cart cart) {
        return switch (promo.getKind()) {
            case MIN_SUBTOTAL -> cart.getSubtotal().compareTo(promo.getThreshold()) >= 0;
            case SKU_IN_CART -> cart.getSkus().contains(promo.getSku());
            case FIRST_ORDER -> cart.getCustomer().getOrderCount() == 0;
        };
    }

    public BigDecimal bestDiscount(List<Promotion> promos, Cart cart) {
        return promos.stream()
                .filter(p -> applies(p, cart))
                .map(p -> p.discountFor(cart))
                .max(BigDecimal::compareTo)
                .orElse(BigDecimal.ZERO);
    }
}
