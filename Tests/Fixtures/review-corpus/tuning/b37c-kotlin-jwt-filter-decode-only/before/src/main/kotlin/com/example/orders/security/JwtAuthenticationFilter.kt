package com.example.orders.security

import com.auth0.jwt.JWT
import com.auth0.jwt.algorithms.Algorithm
import com.auth0.jwt.exceptions.JWTVerificationException
import com.auth0.jwt.interfaces.DecodedJWT
import com.auth0.jwt.interfaces.JWTVerifier
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
class JwtAuthenticationFilter(
    keyProvider: JwksKeyProvider,
    props: JwtProperties,
) : OncePerRequestFilter() {

    private val log = LoggerFactory.getLogger(javaClass)

    private val verifier: JWTVerifier = JWT
        .require(Algorithm.RSA256(keyProvider))
        .withIssuer(props.issuer)
        .withAudience(props.audience)
        .acceptLeeway(props.leewaySeconds)
        .build()

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
        val jwt: DecodedJWT = try {
            verifier.verify(token)
        } catch (e: JWTVerificationException) {
            log.debug("rejected bearer token: {}", e.message)
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
