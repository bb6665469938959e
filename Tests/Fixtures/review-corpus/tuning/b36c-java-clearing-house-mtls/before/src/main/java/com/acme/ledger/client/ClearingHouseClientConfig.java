package com.acme.ledger.client;

import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.util.Timeout;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.HttpComponentsClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

@Configuration
@EnableConfigurationProperties(ClearingHouseProperties.class)
public class ClearingHouseClientConfig {

    @Bean(destroyMethod = "close")
    CloseableHttpClient clearingHouseHttpClient(ClearingHouseProperties props) {
        PoolingHttpClientConnectionManager connections = PoolingHttpClientConnectionManagerBuilder.create()
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.ofSeconds(5))
                        .setSocketTimeout(Timeout.of(props.readTimeout()))
                        .build())
                .setMaxConnTotal(20)
                .setMaxConnPerRoute(20)
                .build();

        return HttpClients.custom()
                .setConnectionManager(connections)
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setConnectionRequestTimeout(Timeout.ofSeconds(2))
                        .build())
                .evictIdleConnections(Timeout.ofMinutes(1))
                .build();
    }

    @Bean
    RestClient clearingHouseRestClient(RestClient.Builder builder,
                                       CloseableHttpClient clearingHouseHttpClient,
                                       ClearingHouseProperties props) {
        return builder
                .baseUrl(props.baseUrl())
                .requestFactory(new HttpComponentsClientHttpRequestFactory(clearingHouseHttpClient))
                .defaultHeader("X-Participant-Id", props.participantId())
                .build();
    }
}
