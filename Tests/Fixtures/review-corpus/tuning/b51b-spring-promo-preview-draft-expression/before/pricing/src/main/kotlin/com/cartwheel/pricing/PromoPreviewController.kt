package com.cartwheel.pricing

import org.springframework.expression.spel.standard.SpelExpressionParser
import org.springframework.expression.spel.support.SimpleEvaluationContext
import org.springframework.web.bind.annotation.PostMapping
import org.springframework.web.bind.annotation.RequestBody
import org.springframework.web.bind.annotation.RequestMapping
import org.springframework.web.bind.annotation.RestController
import java.math.BigDecimal

data class PreviewRequest(val promoCode: String, val cart: CartSnapshot)

data class PreviewResponse(val promoCode: String, val discount: BigDecimal)

@RestController
@RequestMapping("/api/promos")
class PromoPreviewController(private val promos: PromoRepository) {

    private val parser = SpelExpressionParser()

    @PostMapping("/preview")
    fun preview(@RequestBody req: PreviewRequest): PreviewResponse {
        val promo = promos.findActiveByCode(req.promoCode)
            ?: throw PromoNotFoundException(req.promoCode)
        val ctx = SimpleEvaluationContext.forReadOnlyDataBinding()
            .withRootObject(req.cart)
            .build()
        val discount = parser.parseExpression(promo.discountExpression)
            .getValue(ctx, BigDecimal::class.java) ?: BigDecimal.ZERO
        return PreviewResponse(promo.code, discount.max(BigDecimal.ZERO))
    }
}
