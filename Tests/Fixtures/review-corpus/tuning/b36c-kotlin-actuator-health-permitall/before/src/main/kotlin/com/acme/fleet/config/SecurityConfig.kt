package com.acme.fleet.config

import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest
import org.springframework.context.annotation.Bean
import org.springframework.context.annotation.Configuration
import org.springframework.core.annotation.Order
import org.springframework.http.HttpMethod
import org.springframework.security.config.annotation.web.builders.HttpSecurity
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity
import org.springframework.security.config.annotation.web.invoke
import org.springframework.security.config.http.SessionCreationPolicy
import org.springframework.security.web.SecurityFilterChain

@Configuration
@EnableWebSecurity
class SecurityConfig {

    @Bean
    @Order(1)
    fun actuatorChain(http: HttpSecurity): SecurityFilterChain {
        http {
            securityMatcher(EndpointRequest.toAnyEndpoint())
            authorizeHttpRequests {
                authorize(anyRequest, hasRole("OPS"))
            }
            httpBasic { }
            sessionManagement { sessionCreationPolicy = SessionCreationPolicy.STATELESS }
        }
        return http.build()
    }

    @Bean
    @Order(2)
    fun apiChain(http: HttpSecurity): SecurityFilterChain {
        http {
            securityMatcher("/api/**")
            csrf { disable() }
            authorizeHttpRequests {
                authorize(HttpMethod.GET, "/api/v1/vehicles/**", hasAuthority("SCOPE_fleet.read"))
                authorize("/api/v1/vehicles/**", hasAuthority("SCOPE_fleet.write"))
                authorize("/api/v1/drivers/**", hasAuthority("SCOPE_fleet.admin"))
                authorize(anyRequest, authenticated)
            }
            oauth2ResourceServer { jwt { } }
            sessionManagement { sessionCreationPolicy = SessionCreationPolicy.STATELESS }
        }
        return http.build()
    }
}
