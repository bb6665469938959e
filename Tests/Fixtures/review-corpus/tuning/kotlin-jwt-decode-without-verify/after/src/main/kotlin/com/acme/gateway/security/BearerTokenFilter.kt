package com.acme.gateway.security

import com.auth0.jwt.JWT
import com.auth0.jwt.exceptions.JWTDecodeException
import com.auth0.jwt.interfaces.DecodedJWT
import jakarta.servlet.FilterChain
import jakarta.servlet.http.HttpServletRequest
import jakarta.servlet.http.HttpServletResponse
import org.springframework.http.HttpHeaders
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken
import org.springframework.security.core.authority.SimpleGrantedAuthority
import org.springframework.security.core.context.SecurityContextHolder
import org.springframework.stereotype.Component
import org.springframework.web.filter.OncePerRequestFilter
import java.time.Instant

@Component
class BearerTokenFilter : OncePerRequestFilter() {

    override fun doFilterInternal(request: HttpServletRequest, response: HttpServletResponse, chain: FilterChain) {
        val header = request.getHeader(HttpHeaders.AUTHORIZATION)
        if (header != null && header.startsWith("Bearer ")) {
            readToken(header.removePrefix("Bearer ").trim())?.let { jwt ->
                val roles = jwt.getClaim("roles").asList(String::class.java).orEmpty()
                val auth = UsernamePasswordAuthenticationToken(
                    jwt.subject,
                    null,
                    roles.map { SimpleGrantedAuthority("ROLE_$it") },
                )
                SecurityContextHolder.getContext().authentication = auth
            }
        }
        chain.doFilter(request, response)
    }

    private fun readToken(token: String): DecodedJWT? = try {
        val jwt = JWT.decode(token)
        if (jwt.expiresAtAsInstant?.isBefore(Instant.now()) == true) null else jwt
    } catch (e: JWTDecodeException) {
        null
    }
}
