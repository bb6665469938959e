package com.acme.pricing.rules

import com.acme.pricing.cart.Cart
import org.slf4j.LoggerFactory
import org.springframework.stereotype.Component
import java.math.BigDecimal
import java.math.RoundingMode

enum class ConditionType { MIN_SUBTOTAL, MIN_ITEMS, CATEGORY_PRESENT, FIRST_ORDER }

data class DiscountRule(
    val id: Long,
    val merchantId: Long,
    val name: String,
    val conditionType: ConditionType,
    val threshold: BigDecimal?,
    val category: String?,
    val percentOff: BigDecimal,
    val priority: Int,
)

data class AppliedDiscount(val ruleId: Long, val label: String, val amount: BigDecimal)

@Component
class DiscountRuleEvaluator(private val rules: DiscountRuleRepository) {

    private val log = LoggerFactory.getLogger(javaClass)

    fun bestDiscount(cart: Cart): AppliedDiscount? {
        val candidates = rules.activeFor(cart.merchantId)
            .filter { matches(it, cart) }
            .sortedWith(compareByDescending<DiscountRule> { it.priority }.thenByDescending { it.percentOff })

        val winner = candidates.firstOrNull() ?: return null
        val amount = cart.subtotal
            .multiply(winner.percentOff)
            .divide(BigDecimal(100), 2, RoundingMode.HALF_EVEN)

        log.debug("cart {} matched rule {} ({} off)", cart.id, winner.id, amount)
        return AppliedDiscount(ruleId = winner.id, label = winner.name, amount = amount)
    }

    private fun matches(rule: DiscountRule, cart: Cart): Boolean = when (rule.conditionType) {
        ConditionType.MIN_SUBTOTAL -> rule.threshold != null && cart.subtotal >= rule.threshold
        ConditionType.MIN_ITEMS -> rule.threshold != null && cart.lines.sumOf { it.quantity } >= rule.threshold.toInt()
        ConditionType.CATEGORY_PRESENT -> cart.lines.any { it.category == rule.category }
        ConditionType.FIRST_ORDER -> cart.customer?.orderCount == 0
    }
}
