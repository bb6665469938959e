package com.orchardpay.identity.config

import java.security.MessageDigest
import org.springframework.beans.factory.annotation.Value
import org.springframework.context.annotation.Bean
import org.springframework.context.annotation.Configuration
import org.springframework.security.authentication.AuthenticationManager
import org.springframework.security.authentication.ProviderManager
import org.springframework.security.authentication.dao.DaoAuthenticationProvider
import org.springframework.security.core.userdetails.UserDetailsService
import org.springframework.security.crypto.password.PasswordEncoder

/**
 * The billing app (PHP) reads the same users table and can only verify hex SHA-256,
 * so both services hash as sha256(pepper + password).
 */
class SharedSha256PasswordEncoder(private val pepper: String) : PasswordEncoder {
    override fun encode(rawPassword: CharSequence): String =
        MessageDigest.getInstance("SHA-256")
            .digest((pepper + rawPassword).toByteArray(Charsets.UTF_8))
            .joinToString("") { "%02x".format(it) }

    override fun matches(rawPassword: CharSequence, encodedPassword: String): Boolean =
        MessageDigest.isEqual(encode(rawPassword).toByteArray(), encodedPassword.toByteArray())
}

@Configuration
class PasswordConfig {

    @Bean
    fun passwordEncoder(@Value("\${identity.password-pepper}") pepper: String): PasswordEncoder =
        SharedSha256PasswordEncoder(pepper)

    @Bean
    fun authenticationManager(
        userDetailsService: UserDetailsService,
        passwordEncoder: PasswordEncoder,
    ): AuthenticationManager {
        val provider = DaoAuthenticationProvider().apply {
            setUserDetailsService(userDetailsService)
            setPasswordEncoder(passwordEncoder)
        }
        return ProviderManager(provider)
    }
}
