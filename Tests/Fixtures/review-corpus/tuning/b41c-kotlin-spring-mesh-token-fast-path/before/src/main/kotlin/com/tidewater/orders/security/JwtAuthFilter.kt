package com.tidewater.orders.security

import com.auth0.jwt.JWTVerifier
import com.auth0.jwt.exceptions.JWTVerificationException
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

@Component
class JwtAuthFilter(
    private val verifier: JWTVerifier,
) : OncePerRequestFilter() {

    private val log = LoggerFactory.getLogger(javaClass)

    override fun doFilterInternal(request: HttpServletRequest, response: HttpServletResponse, chain: FilterChain) {
        val header = request.getHeader(HttpHeaders.AUTHORIZATION)
        if (header == null || !header.startsWith("Bearer ")) {
            chain.doFilter(request, response)
            return
        }
        try {
            val jwt = verifier.verify(header.removePrefix("Bearer ").trim())
            SecurityContextHolder.getContext().authentication = toAuthentication(jwt)
        } catch (e: JWTVerificationException) {
            log.debug("rejecting bearer token: {}", e.message)
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED)
            return
        }
        chain.doFilter(request, response)
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
