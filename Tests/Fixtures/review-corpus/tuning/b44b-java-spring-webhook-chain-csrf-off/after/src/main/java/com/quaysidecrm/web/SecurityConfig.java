package com.quaysidecrm.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;

@Configuration
@EnableWebSecurity
public class SecurityConfig {

    /**
     * Mail-provider webhooks: no cookies or sessions, so CSRF does not apply. Every request
     * must carry a valid X-Mailhook-Signature (HMAC-SHA256 of the raw body), checked by
     * HmacSignatureFilter, which is the only thing that can authenticate on this chain.
     */
    @Bean
    @Order(1)
    SecurityFilterChain webhooks(HttpSecurity http, @Value("${mailhook.signing-secret}") String secret) throws Exception {
        http
            .securityMatcher("/webhooks/mail/**")
            .csrf(csrf -> csrf.disable())
            .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
            .addFilterBefore(new HmacSignatureFilter(secret, "X-Mailhook-Signature"), AnonymousAuthenticationFilter.class)
            .authorizeHttpRequests(auth -> auth.anyRequest().hasAuthority("WEBHOOK_MAIL"));
        return http.build();
    }

    /** Browser app: form login, session cookie, CSRF token in a cookie for the SPA. */
    @Bean
    @Order(2)
    SecurityFilterChain app(HttpSecurity http) throws Exception {
        http
            .csrf(csrf -> csrf.csrfTokenRepository(CookieCsrfTokenRepository.withHttpOnlyFalse()))
            .authorizeHttpRequests(auth -> auth
                .requestMatchers("/login", "/assets/**", "/favicon.ico").permitAll()
                .requestMatchers("/admin/**").hasRole("ADMIN")
                .anyRequest().authenticated())
            .formLogin(form -> form.loginPage("/login").permitAll())
            .logout(Customizer.withDefaults());
        return http.build();
    }
}
