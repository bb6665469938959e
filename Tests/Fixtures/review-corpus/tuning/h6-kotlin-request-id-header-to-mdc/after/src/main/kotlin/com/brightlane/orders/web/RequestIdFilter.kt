package com.brightlane.orders.web

import jakarta.servlet.FilterChain
import jakarta.servlet.http.HttpServletRequest
import jakarta.servlet.http.HttpServletResponse
import org.slf4j.MDC
import org.springframework.core.Ordered
import org.springframework.core.annotation.Order
import org.springframework.stereotype.Component
import org.springframework.web.filter.OncePerRequestFilter
import java.util.UUID

@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestIdFilter : OncePerRequestFilter() {

    override fun doFilterInternal(req: HttpServletRequest, res: HttpServletResponse, chain: FilterChain) {
        // reuse the edge proxy's id when it looks sane so logs line up across hops
        val incoming = req.getHeader("X-Request-Id")
        val id = if (incoming != null && SAFE_ID.matches(incoming)) incoming else UUID.randomUUID().toString()
        res.setHeader("X-Request-Id", id)
        MDC.put("requestId", id)
        try {
            chain.doFilter(req, res)
        } finally {
            MDC.remove("requestId")
        }
    }

    private companion object {
        val SAFE_ID = Regex("^[A-Za-z0-9-]{8,64}$")
    }
}
