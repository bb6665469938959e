package com.acme.ingest.security

import jakarta.servlet.FilterChain
import jakarta.servlet.http.HttpServletRequest
import jakarta.servlet.http.HttpServletResponse
import org.springframework.beans.factory.annotation.Value
import org.springframework.http.HttpStatus
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken
import org.springframework.security.core.authority.SimpleGrantedAuthority
import org.springframework.security.core.context.SecurityContextHolder
import org.springframework.stereotype.Component
import org.springframework.web.filter.OncePerRequestFilter
import java.security.MessageDigest

@Component
class ApiKeyFilter(
    @Value("\${ingest.api-keys}") configuredKeys: List<String>,
) : OncePerRequestFilter() {

    // name:key pairs, e.g. "shipping:<key>", provided via INGEST_API_KEYS
    private val keys: Map<String, ByteArray> = configuredKeys
        .map { it.split(":", limit = 2) }
        .filter { it.size == 2 && it[1].length >= 32 }
        .associate { (name, key) -> name to key.toByteArray() }

    override fun shouldNotFilter(request: HttpServletRequest): Boolean =
        !request.requestURI.startsWith("/ingest/")

    override fun doFilterInternal(
        request: HttpServletRequest,
        response: HttpServletResponse,
        chain: FilterChain,
    ) {
        val presented = request.getHeader("X-Api-Key")?.toByteArray()
        val client = presented?.let { p ->
            keys.entries.firstOrNull { MessageDigest.isEqual(it.value, p) }?.key
        }
        if (client == null) {
            response.sendError(HttpStatus.UNAUTHORIZED.value())
            return
        }
        SecurityContextHolder.getContext().authentication = UsernamePasswordAuthenticationToken(
            client, null, listOf(SimpleGrantedAuthority("ROLE_INGEST")),
        )
        chain.doFilter(request, response)
    }
}