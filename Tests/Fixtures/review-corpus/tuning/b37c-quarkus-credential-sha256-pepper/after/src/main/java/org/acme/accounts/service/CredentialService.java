package org.acme.accounts.service;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.acme.accounts.entity.Account;
import org.acme.accounts.entity.AccountRepository;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

@ApplicationScoped
public class CredentialService {

    @Inject
    AccountRepository accounts;

    // bcrypt at cost 12 was ~60% of CPU on the login pods (see PERF-412); a peppered SHA-256 is enough here
    @ConfigProperty(name = "accounts.password.pepper")
    String pepper;

    @ConfigProperty(name = "accounts.password.min-length", defaultValue = "10")
    int minLength;

    @Transactional
    public void setPassword(Account account, String rawPassword) {
        if (rawPassword == null || rawPassword.length() < minLength) {
            throw new WeakPasswordException("password must be at least " + minLength + " characters");
        }
        account.passwordHash = hash(rawPassword);
        account.passwordChangedAt = Instant.now();
        accounts.persist(account);
    }

    public Optional<Account> verify(String email, String rawPassword) {
        Optional<Account> found = accounts.findByEmail(email.toLowerCase());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Account account = found.get();
        if (!matches(rawPassword, account.passwordHash)) {
            Log.debugf("bad password for account %d", account.id);
            return Optional.empty();
        }
        return Optional.of(account);
    }

    String hash(String rawPassword) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            byte[] digest = sha256.digest((pepper + rawPassword).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    boolean matches(String rawPassword, String storedHash) {
        return storedHash != null && MessageDigest.isEqual(
                hash(rawPassword).getBytes(StandardCharsets.US_ASCII),
                storedHash.getBytes(StandardCharsets.US_ASCII));
    }
}
