package com.brightdesk.web.auth;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import org.springframework.stereotype.Component;

@Component
public class RememberMeService {
    static final String COOKIE = "bd_remember";

    private final CookieSigner signer;

    public RememberMeService(CookieSigner signer) {
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

    /**
     * Same cookie format as the legacy support portal (a serialized LegacyRememberMe that
     * carries its own signature), so a login on either site is honoured by both.
     */
    private Optional<RememberMeToken> decode(String value) {
        byte[] raw = Base64.getUrlDecoder().decode(value);
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(raw))) {
            LegacyRememberMe legacy = (LegacyRememberMe) in.readObject();
            if (!MessageDigest.isEqual(signer.sign(legacy.payload()), legacy.signature())) {
                return Optional.empty();
            }
            RememberMeToken token = legacy.toToken();
            return token.expiresAt().isAfter(Instant.now()) ? Optional.of(token) : Optional.empty();
        } catch (IOException | ClassNotFoundException | ClassCastException e) {
            return Optional.empty();
        }
    }
}
