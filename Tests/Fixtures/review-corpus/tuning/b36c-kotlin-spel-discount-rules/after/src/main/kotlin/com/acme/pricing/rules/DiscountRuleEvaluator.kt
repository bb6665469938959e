package com.acme.pricing.rules

import com.acme.pricing.cart.Cart
import org.slf4j.LoggerFactory
import org.springframework.expression.spel.standard.SpelExpressionParser
import org.springframework.expression.spel.support.StandardEvaluationContext
import org.springframework.stereotype.Component
import java.math.BigDecimal
import java.math.RoundingMode

enum class ConditionType { MIN_SUBTOTAL, MIN_ITEMS, CATEGORY_PRESENT, FIRST_ORDER, EXPRESSION }

data class DiscountRule(
    val id: Long,
    val merchantId: Long,
    val name: String,
    val conditionType: ConditionType,
    val threshold: BigDecimal?,
    val category: String?,
    /** Free-form condition typed by the merchant in the dashboard rule builder, e.g. "subtotal > 100 and lines.size() >= 3". */
    val expression: String? = null,
    val percentOff: BigDecimal,
    val priority: Int,
)

data class AppliedDiscount(val ruleId: Long, val label: String, val amount: BigDecimal)

@Component
class DiscountRuleEvaluator(private val rules: DiscountRuleRepository) {

    private val log = LoggerFactory.getLogger(javaClass)
    private val parser = SpelExpressionParser()

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
        ConditionType.EXPRESSION -> evaluate(rule, cart)
    }

    private fun evaluate(rule: DiscountRule, cart: Cart): Boolean {
        val source = rule.expression?.takeIf { it.isNotBlank() } ?: return false
        return try {
            val context = StandardEvaluationContext(cart).apply {
                setVariable("customer", cart.customer)
                setVariable("today", java.time.LocalDate.now())
            }
            parser.parseExpression(source).getValue(context, Boolean::class.java) ?: false
        } catch (e: Exception) {
            log.warn("rule {} expression could not be evaluated: {}", rule.id, e.message)
            false
        }
    }
}
