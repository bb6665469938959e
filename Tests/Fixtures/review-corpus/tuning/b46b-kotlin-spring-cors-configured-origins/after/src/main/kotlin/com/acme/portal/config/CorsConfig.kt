package com.acme.portal.config

import org.springframework.boot.context.properties.ConfigurationProperties
import org.springframework.boot.context.properties.EnableConfigurationProperties
import org.springframework.context.annotation.Configuration
import org.springframework.web.servlet.config.annotation.CorsRegistry
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer

@ConfigurationProperties(prefix = "portal.cors")
data class CorsProperties(val allowedOrigins: List<String> = listOf("https://app.acme-portal.io"))

@Configuration
@EnableConfigurationProperties(CorsProperties::class)
class CorsConfig(private val props: CorsProperties) : WebMvcConfigurer {

    init {
        require(props.allowedOrigins.none { it.contains('*') }) { "portal.cors.allowed-origins must list exact origins" }
    }

    override fun addCorsMappings(registry: CorsRegistry) {
        registry.addMapping("/api/**")
            .allowedOrigins(*props.allowedOrigins.toTypedArray())
            .allowCredentials(true) // session cookie for the admin SPA on admin.acme-portal.io
            .allowedMethods("GET", "POST", "PUT", "DELETE")
            .allowedHeaders("Authorization", "Content-Type")
            .maxAge(3600)
    }
}
