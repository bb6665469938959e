package io.harbor.onboarding

import com.fasterxml.jackson.databind.DeserializationFeature
import com.fasterxml.jackson.databind.ObjectMapper
import com.fasterxml.jackson.module.kotlin.jacksonObjectMapper
import com.fasterxml.jackson.module.kotlin.readValue
import jakarta.servlet.http.Cookie
import jakarta.servlet.http.HttpServletRequest
import jakarta.servlet.http.HttpServletResponse
import org.slf4j.LoggerFactory
import org.springframework.stereotype.Component
import java.io.ByteArrayInputStream
import java.io.ObjectInputStream
import java.io.Serializable
import java.time.Duration
import java.time.Instant
import java.util.Base64

data class WizardState(
    val step: Int = 0,
    val companyName: String? = null,
    val plan: String? = null,
    val seats: Int = 1,
    val startedAt: Instant = Instant.now(),
) : Serializable

/**
 * Keeps the multi-step onboarding wizard state in a cookie so that an
 * abandoned sign-up can be resumed without creating a database row.
 */
@Component
class WizardStateCodec {
    private val log = LoggerFactory.getLogger(javaClass)

    private val mapper: ObjectMapper = jacksonObjectMapper()
        .findAndRegisterModules()
        .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)

    fun read(request: HttpServletRequest): WizardState {
        val raw = request.cookies?.firstOrNull { it.name == COOKIE_NAME }?.value ?: return WizardState()
        return try {
            decode(raw)
        } catch (e: Exception) {
            log.debug("discarding unreadable wizard cookie: {}", e.message)
            WizardState()
        }
    }

    fun write(response: HttpServletResponse, state: WizardState) {
        val cookie = Cookie(COOKIE_NAME, encode(state)).apply {
            isHttpOnly = true
            secure = true
            path = "/onboarding"
            maxAge = MAX_AGE.seconds.toInt()
        }
        response.addCookie(cookie)
    }

    fun clear(response: HttpServletResponse) {
        response.addCookie(Cookie(COOKIE_NAME, "").apply { path = "/onboarding"; maxAge = 0 })
    }

    internal fun encode(state: WizardState): String =
        Base64.getUrlEncoder().withoutPadding().encodeToString(mapper.writeValueAsBytes(state))

    internal fun decode(raw: String): WizardState {
        val bytes = Base64.getUrlDecoder().decode(raw)
        require(bytes.size <= MAX_BYTES) { "wizard cookie too large" }
        // cookies written by the old Java onboarding service are JDK-serialised
        val state: WizardState = if (bytes.size > 1 && bytes[0] == 0xAC.toByte() && bytes[1] == 0xED.toByte()) {
            ObjectInputStream(ByteArrayInputStream(bytes)).use { it.readObject() as WizardState }
        } else {
            mapper.readValue(bytes)
        }
        require(state.step in 0..MAX_STEP) { "step out of range" }
        return state
    }

    companion object {
        const val COOKIE_NAME = "onb_wizard"
        const val MAX_STEP = 5
        const val MAX_BYTES = 2048
        val MAX_AGE: Duration = Duration.ofDays(7)
    }
}
