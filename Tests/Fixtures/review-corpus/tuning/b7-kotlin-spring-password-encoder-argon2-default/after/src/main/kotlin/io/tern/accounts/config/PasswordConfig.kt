package io.tern.accounts.config

import org.springframework.context.annotation.Bean
import org.springframework.context.annotation.Configuration
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder
import org.springframework.security.crypto.password.DelegatingPasswordEncoder
import org.springframework.security.crypto.password.PasswordEncoder

@Configuration
class PasswordConfig {

    @Bean
    fun passwordEncoder(): PasswordEncoder {
        val encoders = mapOf<String, PasswordEncoder>(
            "argon2@SpringSecurity_v5_8" to Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
            "bcrypt" to BCryptPasswordEncoder(12),
        )
        // new hashes use argon2; bcrypt hashes are upgraded on next login
        return DelegatingPasswordEncoder("argon2@SpringSecurity_v5_8", encoders)
    }
}
