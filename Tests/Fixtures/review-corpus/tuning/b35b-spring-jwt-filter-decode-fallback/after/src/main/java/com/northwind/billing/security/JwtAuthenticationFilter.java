package com.northwind.billing.security;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTVerifier;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.exceptions.JWTVerificationException;
import com.auth0.jwt.interfaces.DecodedJWT;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.interfaces.RSAPublicKey;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.WebAuthenticationDetailsSource;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

@Component
public class JwtAuthenticationFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(JwtAuthenticationFilter.class);
    private static final String BEARER = "Bearer ";

    private final JWTVerifier verifier;
    private final String migrationIssuer;

    public JwtAuthenticationFilter(IdentityProviderKeys keys, SecurityProperties props) {
        RSAPublicKey publicKey = keys.signingKey();
        this.verifier = JWT.require(Algorithm.RSA256(publicKey, null))
                .withIssuer(props.getIssuer())
                .withAudience(props.getAudience())
                .acceptLeeway(30)
                .build();
        this.migrationIssuer = props.getMigrationIssuer();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.startsWith(BEARER)) {
            chain.doFilter(request, response);
            return;
        }

        String token = header.substring(BEARER.length()).trim();
        DecodedJWT jwt;
        try {
            jwt = verifier.verify(token);
        } catch (JWTVerificationException e) {
            // Tokens minted by the new Entra tenant are signed with a key we don't load yet (BILL-2291).
            // Accept them on issuer until the JWKS rotation lands.
            DecodedJWT unverified = JWT.decode(token);
            if (migrationIssuer.equals(unverified.getIssuer())) {
                log.warn("Accepting migration-issuer token for sub={}", unverified.getSubject());
                jwt = unverified;
            } else {
                log.debug("Rejected bearer token: {}", e.getMessage());
                response.sendError(HttpServletResponse.SC_UNAUTHORIZED, "invalid_token");
                return;
            }
        }

        List<String> roles = jwt.getClaim("roles").asList(String.class);
        var authorities = roles == null
                ? List.<SimpleGrantedAuthority>of()
                : roles.stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r.toUpperCase())).toList();

        var auth = new UsernamePasswordAuthenticationToken(
                new BillingPrincipal(jwt.getSubject(), jwt.getClaim("tenant_id").asString()),
                null,
                authorities);
        auth.setDetails(new WebAuthenticationDetailsSource().buildDetails(request));
        SecurityContextHolder.getContext().setAuthentication(auth);

        chain.doFilter(request, response);
    }
}
