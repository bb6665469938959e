package com.acme.orders.config;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.util.matcher.RequestMatcher;

@Configuration
@EnableWebSecurity
public class SecurityConfig {

    /**
     * Traffic from the fulfilment and warehouse services arrives through the internal
     * gateway, which terminates mTLS and stamps the zone header. Those callers have no
     * user JWT, so they were being bounced with 401 since the move to the resource server.
     */
    @Bean
    RequestMatcher internalGatewayTraffic(@Value("${orders.gateway.zone-header:X-Gateway-Zone}") String header) {
        return request -> "internal".equalsIgnoreCase(request.getHeader(header));
    }

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, RequestMatcher internalGatewayTraffic) throws Exception {
        http
            .csrf(csrf -> csrf.disable()) // stateless bearer-token API, no cookies
            .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
            .authorizeHttpRequests(auth -> auth
                .requestMatchers(internalGatewayTraffic).permitAll()
                .requestMatchers("/actuator/health", "/actuator/info").permitAll()
                .requestMatchers(HttpMethod.GET, "/api/catalog/**").permitAll()
                .requestMatchers("/api/admin/**").hasRole("ADMIN")
                .requestMatchers("/api/**").authenticated()
                .anyRequest().denyAll())
            .oauth2ResourceServer(oauth -> oauth.jwt(Customizer.withDefaults()));
        return http.build();
    }
}
