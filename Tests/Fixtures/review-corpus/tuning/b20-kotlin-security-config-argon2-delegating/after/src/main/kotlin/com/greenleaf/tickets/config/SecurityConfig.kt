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
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder
import org.springframework.security.crypto.password.DelegatingPasswordEncoder
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

    /**
     * New hashes are argon2id. Existing bcrypt hashes (stored without an id prefix)
     * still verify and are re-hashed on the next successful login via
     * setUserDetailsPasswordService below.
     */
    @Bean
    fun passwordEncoder(): PasswordEncoder {
        val bcrypt = BCryptPasswordEncoder(BCRYPT_STRENGTH)
        val encoders = mapOf<String, PasswordEncoder>(
            "argon2" to Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
            "bcrypt" to bcrypt,
        )
        return DelegatingPasswordEncoder("argon2", encoders).apply {
            setDefaultPasswordEncoderForMatches(bcrypt)
        }
    }

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
        private const val BCRYPT_STRENGTH = 12
    }
}
