package com.acme.pricing.web;

import com.acme.pricing.cart.Cart;
import com.acme.pricing.cart.SampleCarts;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.expression.EvaluationException;
import org.springframework.expression.Expression;
import org.springframework.expression.ExpressionParser;
import org.springframework.expression.ParseException;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.expression.spel.support.StandardEvaluationContext;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Lets merchandisers try a promotion rule against the sample carts before publishing it,
 * e.g. condition {@code items.size() >= 3 and customer.loyaltyTier == 'GOLD'} and
 * discount {@code subtotal * 0.1}.
 */
@RestController
@RequestMapping("/api/promotions")
public class PromotionRulePreviewController {

    public record RulePreviewRequest(@NotBlank String condition, @NotBlank String discount) {}

    public record CartOutcome(String cartId, boolean applies, BigDecimal discount) {}

    private final ExpressionParser parser = new SpelExpressionParser();
    private final SampleCarts sampleCarts;

    public PromotionRulePreviewController(SampleCarts sampleCarts) {
        this.sampleCarts = sampleCarts;
    }

    @PostMapping("/preview")
    @PreAuthorize("hasAuthority('SCOPE_promotions:write')")
    public ResponseEntity<?> preview(@Valid @RequestBody RulePreviewRequest request) {
        Expression condition;
        Expression discount;
        try {
            condition = parser.parseExpression(request.condition());
            discount = parser.parseExpression(request.discount());
        } catch (ParseException e) {
            return ResponseEntity.badRequest().body(e.getMessage());
        }

        try {
            List<CartOutcome> outcomes = sampleCarts.all().stream()
                    .map(cart -> evaluate(cart, condition, discount))
                    .toList();
            return ResponseEntity.ok(outcomes);
        } catch (EvaluationException e) {
            return ResponseEntity.unprocessableEntity().body(e.getMessage());
        }
    }

    private CartOutcome evaluate(Cart cart, Expression condition, Expression discount) {
        StandardEvaluationContext context = new StandardEvaluationContext(cart);
        context.setVariable("today", java.time.LocalDate.now());

        boolean applies = Boolean.TRUE.equals(condition.getValue(context, Boolean.class));
        BigDecimal amount = applies ? discount.getValue(context, BigDecimal.class) : BigDecimal.ZERO;
        return new CartOutcome(cart.getId(), applies, amount);
    }
}
