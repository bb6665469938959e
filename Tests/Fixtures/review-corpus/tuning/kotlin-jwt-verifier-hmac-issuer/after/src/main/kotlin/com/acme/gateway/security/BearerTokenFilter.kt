package com.acme.gateway.security

import com.auth0.jwt.JWT
import com.auth0.jwt.JWTVerifier
import com.auth0.jwt.algorithms.Algorithm
import com.auth0.jwt.exceptions.JWTVerificationException
import com.auth0.jwt.interfaces.DecodedJWT
import jakarta.servlet.FilterChain
import jakarta.servlet.http.HttpServletRequest
import jakarta.servlet.http.HttpServletResponse
import org.springframework.beans.factory.annotation.Value
import org.springframework.http.HttpHeaders
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken
import org.springframework.security.core.authority.SimpleGrantedAuthority
import org.springframework.security.core.context.SecurityContextHolder
import org.springframework.stereotype.Component
import org.springframework.web.filter.OncePerRequestFilter

@Component
class BearerTokenFilter(
    @Value("\${gateway.jwt.secret}") secret: String,
    @Value("\${gateway.jwt.issuer}") issuer: String,
) : OncePerRequestFilter() {

    private val verifier: JWTVerifier = JWT.require(Algorithm.HMAC256(secret))
        .withIssuer(issuer)
        .acceptLeeway(30)
        .build()

    override fun doFilterInternal(request: HttpServletRequest, response: HttpServletResponse, chain: FilterChain) {
        val header = request.getHeader(HttpHeaders.AUTHORIZATION)
        if (header != null && header.startsWith("Bearer ")) {
            readToken(header.removePrefix("Bearer ").trim())?.let { jwt ->
                val roles = jwt.getClaim("roles").asList(String::class.java).orEmpty()
                SecurityContextHolder.getContext().authentication = UsernamePasswordAuthenticationToken(
                    jwt.subject,
                    null,
                    roles.map { SimpleGrantedAuthority("ROLE_$it") },
                )
            }
        }
        chain.doFilter(request, response)
    }

    private fun readToken(token: String): DecodedJWT? = try {
        verifier.verify(token)
    } catch (e: JWTVerificationException) {
        null
    }
}
