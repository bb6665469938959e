package com.example.orders.security

import com.auth0.jwt.JWT
import com.auth0.jwt.exceptions.JWTDecodeException
import com.auth0.jwt.interfaces.DecodedJWT
import jakarta.servlet.FilterChain
import jakarta.servlet.http.HttpServletRequest
import jakarta.servlet.http.HttpServletResponse
import org.slf4j.LoggerFactory
import org.springframework.http.HttpHeaders
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken
import org.springframework.security.core.authority.SimpleGrantedAuthority
import org.springframework.security.core.context.SecurityContextHolder
import org.springframework.stereotype.Component
import org.springframework.web.filter.OncePerRequestFilter
import java.time.Instant

@Component
class JwtAuthenticationFilter(
    private val props: JwtProperties,
) : OncePerRequestFilter() {

    private val log = LoggerFactory.getLogger(javaClass)

    // Tokens are now verified by the edge gateway, and the JWKS lookups from every pod
    // were hitting the IdP rate limit. Here we only need the claims.
    private fun readClaims(token: String): DecodedJWT? {
        val jwt = try {
            JWT.decode(token)
        } catch (e: JWTDecodeException) {
            return null
        }
        val notExpired = jwt.expiresAtAsInstant?.isAfter(Instant.now().minusSeconds(props.leewaySeconds)) ?: false
        return jwt.takeIf { it.issuer == props.issuer && notExpired }
    }

    override fun doFilterInternal(
        request: HttpServletRequest,
        response: HttpServletResponse,
        chain: FilterChain,
    ) {
        val header = request.getHeader(HttpHeaders.AUTHORIZATION)
        if (header == null || !header.startsWith("Bearer ")) {
            chain.doFilter(request, response)
            return
        }

        val token = header.removePrefix("Bearer ").trim()
        val jwt = readClaims(token)
        if (jwt == null) {
            log.debug("rejected bearer token")
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED, "invalid token")
            return
        }

        val authorities = jwt.getClaim("roles").asList(String::class.java).orEmpty()
            .map { SimpleGrantedAuthority("ROLE_${it.uppercase()}") }
        val principal = OrdersPrincipal(
            subject = jwt.subject,
            tenantId = jwt.getClaim("tid").asString(),
        )
        SecurityContextHolder.getContext().authentication =
            UsernamePasswordAuthenticationToken(principal, token, authorities)

        chain.doFilter(request, response)
    }

    override fun shouldNotFilter(request: HttpServletRequest): Boolean =
        request.requestURI.startsWith("/actuator/health")
}
