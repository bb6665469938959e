package com.acme.portal.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import com.acme.portal.prefs.UserPreferences;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Restores the anonymous visitor's UI preferences (locale, time zone, theme)
 * from the {@code portal_prefs} cookie so pages render correctly before login.
 */
@Component
@Order(10)
public class PreferencesCookieFilter extends OncePerRequestFilter {

    public static final String COOKIE_NAME = "portal_prefs";
    public static final String REQUEST_ATTRIBUTE = UserPreferences.class.getName();

    private static final Logger log = LoggerFactory.getLogger(PreferencesCookieFilter.class);

    private final ObjectMapper objectMapper;

    public PreferencesCookieFilter(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        UserPreferences prefs = readCookie(request).orElseGet(UserPreferences::defaults);
        request.setAttribute(REQUEST_ATTRIBUTE, prefs);
        chain.doFilter(request, response);
    }

    private Optional<UserPreferences> readCookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie cookie : cookies) {
            if (!COOKIE_NAME.equals(cookie.getName())) {
                continue;
            }
            try {
                byte[] raw = Base64.getUrlDecoder().decode(cookie.getValue());
                String json = new String(raw, StandardCharsets.UTF_8);
                return Optional.of(objectMapper.readValue(json, UserPreferences.class));
            } catch (IllegalArgumentException | IOException e) {
                log.debug("ignoring malformed {} cookie: {}", COOKIE_NAME, e.getMessage());
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    public void writeCookie(HttpServletResponse response, UserPreferences prefs) throws IOException {
        String encoded = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(objectMapper.writeValueAsBytes(prefs));
        Cookie cookie = new Cookie(COOKIE_NAME, encoded);
        cookie.setPath("/");
        cookie.setHttpOnly(true);
        cookie.setSecure(true);
        cookie.setMaxAge(60 * 60 * 24 * 365);
        response.addCookie(cookie);
    }
}
