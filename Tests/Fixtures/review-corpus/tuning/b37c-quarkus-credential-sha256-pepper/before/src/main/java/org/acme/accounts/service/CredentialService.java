package org.acme.accounts.service;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.acme.accounts.entity.Account;
import org.acme.accounts.entity.AccountRepository;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Instant;
import java.util.Optional;

@ApplicationScoped
public class CredentialService {

    @Inject
    AccountRepository accounts;

    @ConfigProperty(name = "accounts.password.bcrypt-cost", defaultValue = "12")
    int bcryptCost;

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
            // burn comparable time so unknown e-mails are not distinguishable
            BcryptUtil.matches(rawPassword, DUMMY_HASH);
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
        return BcryptUtil.bcryptHash(rawPassword, bcryptCost);
    }

    boolean matches(String rawPassword, String storedHash) {
        return storedHash != null && BcryptUtil.matches(rawPassword, storedHash);
    }

    private static final String DUMMY_HASH =
            "$2a$12$Qm3c9x0ZtS5eJwYpR1vA4uK8fH2nL6dB7oT0iG3sW9yXcE5rVjN1a";
}
