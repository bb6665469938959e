package com.cartwheel.pricing

import org.springframework.expression.spel.standard.SpelExpressionParser
import org.springframework.expression.spel.support.StandardEvaluationContext
import org.springframework.web.bind.annotation.PostMapping
import org.springframework.web.bind.annotation.RequestBody
import org.springframework.web.bind.annotation.RequestMapping
import org.springframework.web.bind.annotation.RestController
import java.math.BigDecimal

/**
 * [expression] lets the promo editor preview a draft rule before it is saved;
 * storefront calls only send [promoCode].
 */
data class PreviewRequest(val promoCode: String?, val expression: String? = null, val cart: CartSnapshot)

data class PreviewResponse(val promoCode: String, val discount: BigDecimal)

@RestController
@RequestMapping("/api/promos")
class PromoPreviewController(private val promos: PromoRepository) {

    private val parser = SpelExpressionParser()

    @PostMapping("/preview")
    fun preview(@RequestBody req: PreviewRequest): PreviewResponse {
        val expression = req.expression
            ?: promos.findActiveByCode(req.promoCode.orEmpty())?.discountExpression
            ?: throw PromoNotFoundException(req.promoCode.orEmpty())
        // Standard context so rules can use helpers like T(java.lang.Math).min(...)
        val ctx = StandardEvaluationContext(req.cart)
        val discount = parser.parseExpression(expression)
            .getValue(ctx, BigDecimal::class.java) ?: BigDecimal.ZERO
        return PreviewResponse(req.promoCode ?: "draft", discount.max(BigDecimal.ZERO))
    }
}
