package com.example.checkout.fx

import org.springframework.boot.context.properties.ConfigurationProperties
import org.springframework.http.HttpStatusCode
import org.springframework.stereotype.Component
import org.springframework.web.reactive.function.client.WebClient
import org.springframework.web.reactive.function.client.bodyToMono
import reactor.core.publisher.Mono
import reactor.util.retry.Retry
import java.math.BigDecimal
import java.time.Duration

@ConfigurationProperties(prefix = "checkout.fx")
data class FxProperties(
    val baseUrl: String,
    val apiToken: String,
    val timeout: Duration = Duration.ofSeconds(2),
    /** Region code (eu, us, apac) to the provider's regional endpoint, for data-residency. */
    val regionBaseUrls: Map<String, String> = emptyMap(),
)

data class FxQuote(val base: String, val rates: Map<String, BigDecimal>, val asOf: String)

class FxUnavailableException(message: String) : RuntimeException(message)

@Component
class FxRatesClient(
    private val props: FxProperties,
    webClientBuilder: WebClient.Builder,
) {
    private val defaultClient: WebClient = build(webClientBuilder.clone(), props.baseUrl)

    private val regionalClients: Map<String, WebClient> = props.regionBaseUrls
        .mapKeys { it.key.lowercase() }
        .mapValues { (_, url) -> build(webClientBuilder.clone(), url) }

    private fun build(builder: WebClient.Builder, url: String): WebClient = builder
        .baseUrl(url)
        .defaultHeaders { it.setBearerAuth(props.apiToken) }
        .build()

    fun latest(base: String, symbols: Collection<String>, region: String? = null): Mono<FxQuote> {
        val normalizedBase = base.uppercase()
        require(CURRENCY.matches(normalizedBase)) { "invalid base currency" }
        val wanted = symbols.map { it.uppercase() }.filter { CURRENCY.matches(it) }

        val client = when (region) {
            null -> defaultClient
            else -> regionalClients[region.lowercase()]
                ?: return Mono.error(IllegalArgumentException("unsupported region"))
        }

        return client.get()
            .uri { b ->
                b.path("/v1/latest/{base}")
                    .queryParam("symbols", wanted.joinToString(","))
                    .build(normalizedBase)
            }
            .retrieve()
            .onStatus(HttpStatusCode::is5xxServerError) { Mono.error(FxUnavailableException("fx ${it.statusCode()}")) }
            .bodyToMono<FxQuote>()
            .timeout(props.timeout)
            .retryWhen(Retry.backoff(2, Duration.ofMillis(100)).filter { it is FxUnavailableException })
    }

    companion object {
        private val CURRENCY = Regex("^[A-Z]{3}$")
    }
}
