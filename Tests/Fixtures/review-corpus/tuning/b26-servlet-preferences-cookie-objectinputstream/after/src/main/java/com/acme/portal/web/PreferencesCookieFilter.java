package com.acme.portal.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
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
            // Java serialization keeps Locale/ZoneId/Theme intact without custom Jackson modules.
            byte[] raw;
            try {
                raw = Base64.getUrlDecoder().decode(cookie.getValue());
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
            try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(raw))) {
                Object value = in.readObject();
                return value instanceof UserPreferences p ? Optional.of(p) : Optional.empty();
            } catch (ClassNotFoundException | IOException e) {
                log.debug("ignoring malformed {} cookie: {}", COOKIE_NAME, e.getMessage());
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    public void writeCookie(HttpServletResponse response, UserPreferences prefs) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(buffer)) {
            out.writeObject(prefs);
        }
        String encoded = Base64.getUrlEncoder().withoutPadding().encodeToString(buffer.toByteArray());
        Cookie cookie = new Cookie(COOKIE_NAME, encoded);
        cookie.setPath("/");
        cookie.setHttpOnly(true);
        cookie.setSecure(true);
        cookie.setMaxAge(60 * 60 * 24 * 365);
        response.addCookie(cookie);
    }
}
