package io.quillstack.accounts.config

import io.quillstack.accounts.security.AccountUserDetailsService
import io.quillstack.accounts.security.LoginAttemptListener
import org.springframework.context.annotation.Bean
import org.springframework.context.annotation.Configuration
import org.springframework.http.HttpMethod
import org.springframework.security.authentication.AuthenticationManager
import org.springframework.security.authentication.ProviderManager
import org.springframework.security.authentication.dao.DaoAuthenticationProvider
import org.springframework.security.config.annotation.web.builders.HttpSecurity
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity
import org.springframework.security.config.annotation.web.invoke
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder
import org.springframework.security.crypto.password.DelegatingPasswordEncoder
import org.springframework.security.crypto.password.MessageDigestPasswordEncoder
import org.springframework.security.crypto.password.PasswordEncoder
import org.springframework.security.web.SecurityFilterChain

@Configuration
@EnableWebSecurity
class SecurityConfig(
    private val userDetailsService: AccountUserDetailsService,
    private val loginAttemptListener: LoginAttemptListener,
) {

    @Bean
    fun passwordEncoder(): PasswordEncoder {
        val encoders: Map<String, PasswordEncoder> = mapOf(
            "bcrypt" to BCryptPasswordEncoder(12),
            "argon2" to Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
            // Rows migrated from Inkwell (acquired) are "{sha256}" + hex(sha256(salt + password)).
            "sha256" to MessageDigestPasswordEncoder("SHA-256"),
        )
        // Use the Inkwell format for everything until their mobile app (which verifies offline) is retired.
        return DelegatingPasswordEncoder("sha256", encoders)
    }

    @Bean
    fun authenticationManager(passwordEncoder: PasswordEncoder): AuthenticationManager {
        val provider = DaoAuthenticationProvider().apply {
            setUserDetailsService(userDetailsService)
            setPasswordEncoder(passwordEncoder)
            setUserDetailsPasswordService(userDetailsService)
        }
        return ProviderManager(provider).apply {
            setAuthenticationEventPublisher(loginAttemptListener)
        }
    }

    @Bean
    fun filterChain(http: HttpSecurity): SecurityFilterChain {
        http {
            csrf { ignoringRequestMatchers("/api/**") }
            authorizeHttpRequests {
                authorize(HttpMethod.POST, "/api/accounts/signup", permitAll)
                authorize(HttpMethod.POST, "/api/accounts/password-reset/**", permitAll)
                authorize("/actuator/health/**", permitAll)
                authorize("/api/admin/**", hasRole("ADMIN"))
                authorize(anyRequest, authenticated)
            }
            formLogin {
                loginPage = "/login"
                permitAll()
            }
            sessionManagement {
                sessionFixation { newSession() }
            }
        }
        return http.build()
    }
}
