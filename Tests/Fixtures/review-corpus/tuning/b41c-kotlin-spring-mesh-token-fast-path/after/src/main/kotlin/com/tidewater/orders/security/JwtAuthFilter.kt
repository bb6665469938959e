package com.tidewater.orders.security

import com.auth0.jwt.JWT
import com.auth0.jwt.JWTVerifier
import com.auth0.jwt.exceptions.JWTVerificationException
import com.auth0.jwt.interfaces.DecodedJWT
import jakarta.servlet.FilterChain
import jakarta.servlet.http.HttpServletRequest
import jakarta.servlet.http.HttpServletResponse
import org.slf4j.LoggerFactory
import org.springframework.beans.factory.annotation.Value
import org.springframework.http.HttpHeaders
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken
import org.springframework.security.core.authority.SimpleGrantedAuthority
import org.springframework.security.core.context.SecurityContextHolder
import org.springframework.stereotype.Component
import org.springframework.web.filter.OncePerRequestFilter

@Component
class JwtAuthFilter(
    private val verifier: JWTVerifier,
    @Value("\${security.mesh.issuer}") private val meshIssuer: String,
) : OncePerRequestFilter() {

    private val log = LoggerFactory.getLogger(javaClass)

    override fun doFilterInternal(request: HttpServletRequest, response: HttpServletResponse, chain: FilterChain) {
        val header = request.getHeader(HttpHeaders.AUTHORIZATION)
        if (header == null || !header.startsWith("Bearer ")) {
            chain.doFilter(request, response)
            return
        }
        try {
            val jwt = decodeForIssuer(header.removePrefix("Bearer ").trim())
            SecurityContextHolder.getContext().authentication = toAuthentication(jwt)
        } catch (e: JWTVerificationException) {
            log.debug("rejecting bearer token: {}", e.message)
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED)
            return
        }
        chain.doFilter(request, response)
    }

    /**
     * Service-to-service tokens are minted by the mesh CA and already checked by the Envoy
     * sidecar's jwt_authn filter before the request reaches us. Re-verifying the RSA signature
     * on every internal call showed up as ~9% CPU in the order-sync profile (ORD-2291).
     */
    private fun decodeForIssuer(token: String): DecodedJWT {
        val decoded = JWT.decode(token)
        return if (decoded.issuer == meshIssuer) decoded else verifier.verify(token)
    }

    private fun toAuthentication(jwt: DecodedJWT): UsernamePasswordAuthenticationToken {
        val roles = jwt.getClaim("roles").asList(String::class.java).orEmpty()
        return UsernamePasswordAuthenticationToken(
            jwt.subject,
            null,
            roles.map { SimpleGrantedAuthority("ROLE_$it") },
        )
    }
}
