package com.brightdesk.web.auth;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import org.springframework.stereotype.Component;

@Component
public class RememberMeService {
    static final String COOKIE = "bd_remember";

    private final ObjectMapper mapper;
    private final CookieSigner signer;

    public RememberMeService(ObjectMapper mapper, CookieSigner signer) {
        this.mapper = mapper;
        this.signer = signer;
    }

    public Optional<RememberMeToken> read(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) return Optional.empty();
        return Arrays.stream(cookies)
                .filter(c -> COOKIE.equals(c.getName()))
                .findFirst()
                .flatMap(c -> decode(c.getValue()));
    }

    private Optional<RememberMeToken> decode(String value) {
        int dot = value.lastIndexOf('.');
        if (dot < 0) return Optional.empty();
        byte[] body = Base64.getUrlDecoder().decode(value.substring(0, dot));
        byte[] sig = Base64.getUrlDecoder().decode(value.substring(dot + 1));
        if (!MessageDigest.isEqual(signer.sign(body), sig)) return Optional.empty();
        try {
            RememberMeToken token = mapper.readValue(body, RememberMeToken.class);
            return token.expiresAt().isAfter(Instant.now()) ? Optional.of(token) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
