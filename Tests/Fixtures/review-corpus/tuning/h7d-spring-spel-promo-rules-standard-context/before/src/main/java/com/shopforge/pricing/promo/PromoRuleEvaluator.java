package com.shopforge.pricing.promo;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.expression.EvaluationContext;
import org.springframework.expression.EvaluationException;
import org.springframework.expression.Expression;
import org.springframework.expression.ExpressionParser;
import org.springframework.expression.ParseException;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.expression.spel.support.SimpleEvaluationContext;
import org.springframework.stereotype.Component;

import com.shopforge.pricing.cart.CartSnapshot;

/**
 * Evaluates promo conditions such as {@code subtotal > 50 and itemCount >= 3}.
 * Conditions are written by merchants in the promotions editor and stored verbatim
 * in {@code promo_rule.condition} via {@code PUT /api/merchant/promos/{id}}.
 */
@Component
public class PromoRuleEvaluator {

    private static final Logger log = LoggerFactory.getLogger(PromoRuleEvaluator.class);

    private final ExpressionParser parser = new SpelExpressionParser();
    private final Map<String, Expression> cache = new ConcurrentHashMap<>();

    public boolean matches(PromoRule rule, CartSnapshot cart) {
        Expression expr;
        try {
            expr = cache.computeIfAbsent(rule.getCondition(), parser::parseExpression);
        } catch (ParseException e) {
            log.warn("promo {} has an invalid condition: {}", rule.getId(), e.getMessage());
            return false;
        }

        EvaluationContext ctx = SimpleEvaluationContext
                .forReadOnlyDataBinding()
                .withRootObject(cart)
                .build();

        try {
            Boolean result = expr.getValue(ctx, Boolean.class);
            return Boolean.TRUE.equals(result);
        } catch (EvaluationException e) {
            log.debug("promo {} did not evaluate for cart {}: {}", rule.getId(), cart.id(), e.getMessage());
            return false;
        }
    }

    public void evict(String condition) {
        cache.remove(condition);
    }
}
