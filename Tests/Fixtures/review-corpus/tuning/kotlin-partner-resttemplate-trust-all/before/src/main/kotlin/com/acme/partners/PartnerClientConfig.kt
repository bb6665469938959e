package com.acme.partners

import org.springframework.boot.web.client.RestTemplateBuilder
import org.springframework.context.annotation.Bean
import org.springframework.context.annotation.Configuration
import org.springframework.web.client.RestTemplate
import java.time.Duration

@Configuration
class PartnerClientConfig(private val props: PartnerProperties) {

    @Bean
    fun partnerRestTemplate(builder: RestTemplateBuilder): RestTemplate =
        builder
            .rootUri(props.baseUrl)
            .setConnectTimeout(Duration.ofSeconds(5))
            .setReadTimeout(Duration.ofSeconds(30))
            .basicAuthentication(props.username, props.password)
            .build()
}
