package com.greenleaf.tickets.config

import com.greenleaf.tickets.auth.AccountUserDetailsService
import com.greenleaf.tickets.auth.JsonLoginFailureHandler
import com.greenleaf.tickets.auth.JsonLoginSuccessHandler
import org.springframework.context.annotation.Bean
import org.springframework.context.annotation.Configuration
import org.springframework.http.HttpMethod
import org.springframework.security.authentication.dao.DaoAuthenticationProvider
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity
import org.springframework.security.config.annotation.web.builders.HttpSecurity
import org.springframework.security.config.annotation.web.invoke
import org.springframework.security.config.http.SessionCreationPolicy
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder
import org.springframework.security.crypto.password.PasswordEncoder
import org.springframework.security.web.SecurityFilterChain
import org.springframework.security.web.csrf.CookieCsrfTokenRepository

@Configuration
@EnableMethodSecurity
class SecurityConfig(
    private val userDetailsService: AccountUserDetailsService,
    private val successHandler: JsonLoginSuccessHandler,
    private val failureHandler: JsonLoginFailureHandler,
) {

    @Bean
    fun passwordEncoder(): PasswordEncoder = BCryptPasswordEncoder(BCRYPT_STRENGTH)

    @Bean
    fun authenticationProvider(encoder: PasswordEncoder) = DaoAuthenticationProvider().apply {
        setUserDetailsService(userDetailsService)
        setPasswordEncoder(encoder)
        setUserDetailsPasswordService(userDetailsService) // upgrades hashes on login
    }

    @Bean
    fun filterChain(http: HttpSecurity): SecurityFilterChain {
        http {
            csrf {
                csrfTokenRepository = CookieCsrfTokenRepository.withHttpOnlyFalse()
            }
            sessionManagement {
                sessionCreationPolicy = SessionCreationPolicy.IF_REQUIRED
                sessionFixation { changeSessionId() }
            }
            authorizeHttpRequests {
                authorize(HttpMethod.GET, "/actuator/health", permitAll)
                authorize("/api/auth/**", permitAll)
                authorize("/api/admin/**", hasRole("ADMIN"))
                authorize("/api/**", authenticated)
                authorize(anyRequest, denyAll)
            }
            formLogin {
                loginProcessingUrl = "/api/auth/login"
                authenticationSuccessHandler = successHandler
                authenticationFailureHandler = failureHandler
            }
            logout {
                logoutUrl = "/api/auth/logout"
                deleteCookies("SESSION")
            }
            headers {
                contentSecurityPolicy { policyDirectives = "default-src 'self'; frame-ancestors 'none'" }
                frameOptions { deny = true }
            }
        }
        return http.build()
    }

    companion object {
        private const val BCRYPT_STRENGTH = 10
    }
}
