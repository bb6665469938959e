package io.northwind.flags

import com.github.benmanes.caffeine.cache.Caffeine
import org.slf4j.LoggerFactory
import org.springframework.expression.EvaluationException
import org.springframework.expression.Expression
import org.springframework.expression.ParseException
import org.springframework.expression.spel.SpelParserConfiguration
import org.springframework.expression.spel.standard.SpelExpressionParser
import org.springframework.expression.spel.support.SimpleEvaluationContext
import org.springframework.stereotype.Component
import java.time.Duration

/**
 * Facts a targeting rule may look at, e.g. `plan == 'enterprise' and seats >= 50`
 * or `country matches 'DE|AT|CH' and betaOptIn`.
 */
data class TargetingFacts(
    val accountId: String,
    val plan: String,
    val seats: Int,
    val country: String,
    val betaOptIn: Boolean,
    val accountAgeDays: Long,
)

class InvalidRuleException(message: String, cause: Throwable? = null) : RuntimeException(message, cause)

@Component
class TargetingRuleEvaluator {

    private val log = LoggerFactory.getLogger(javaClass)

    private val parser = SpelExpressionParser(
        SpelParserConfiguration(false, false, 0, MAX_RULE_LENGTH),
    )

    private val compiled = Caffeine.newBuilder()
        .maximumSize(5_000)
        .expireAfterAccess(Duration.ofHours(1))
        .build<String, Expression>()

    /** Validates a rule when an operator saves it in the flags console. */
    fun validate(rule: String) {
        parse(rule)
    }

    fun matches(rule: String, facts: TargetingFacts): Boolean {
        if (rule.isBlank()) return true
        val expression = compiled.get(rule) { parse(it) }
        val context = SimpleEvaluationContext
            .forReadOnlyDataBinding()
            .withRootObject(facts)
            .build()
        return try {
            expression.getValue(context, Boolean::class.java) ?: false
        } catch (e: EvaluationException) {
            log.warn("targeting rule failed for account {}: {}", facts.accountId, e.message)
            false
        }
    }

    private fun parse(rule: String): Expression {
        if (rule.length > MAX_RULE_LENGTH) {
            throw InvalidRuleException("rule is longer than $MAX_RULE_LENGTH characters")
        }
        return try {
            parser.parseExpression(rule)
        } catch (e: ParseException) {
            throw InvalidRuleException("rule does not parse: ${e.simpleMessage}", e)
        }
    }

    companion object {
        const val MAX_RULE_LENGTH = 400
    }
}