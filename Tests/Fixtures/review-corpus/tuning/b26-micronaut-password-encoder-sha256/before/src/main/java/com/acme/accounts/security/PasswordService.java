package com.acme.accounts.security;

import java.util.Optional;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.NonNull;
import jakarta.inject.Singleton;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import com.acme.accounts.domain.Account;
import com.acme.accounts.domain.AccountRepository;

/**
 * Hashes and verifies account passwords. Hashes are stored in
 * {@code accounts.password_hash}; the format prefix identifies the scheme.
 */
@Singleton
public class PasswordService {

    private static final Logger LOG = LoggerFactory.getLogger(PasswordService.class);
    private static final int MIN_LENGTH = 12;

    private final AccountRepository accounts;
    private final BCryptPasswordEncoder bcrypt;

    public PasswordService(AccountRepository accounts,
                           @Value("${accounts.password.bcrypt-cost:12}") int cost) {
        this.accounts = accounts;
        this.bcrypt = new BCryptPasswordEncoder(cost);
    }

    public void setPassword(@NonNull Account account, @NonNull CharSequence rawPassword) {
        if (rawPassword.length() < MIN_LENGTH) {
            throw new WeakPasswordException("password must be at least " + MIN_LENGTH + " characters");
        }
        account.setPasswordHash(hash(rawPassword));
        accounts.update(account);
    }

    public Optional<Account> authenticate(@NonNull String email, @NonNull CharSequence rawPassword) {
        Optional<Account> account = accounts.findByEmailIgnoreCase(email);
        if (account.isEmpty()) {
            // Burn comparable time so response latency does not reveal which emails exist.
            bcrypt.matches(rawPassword, DUMMY_HASH);
            return Optional.empty();
        }
        Account a = account.get();
        if (!matches(rawPassword, a.getPasswordHash())) {
            LOG.info("failed login for account {}", a.getId());
            return Optional.empty();
        }
        return account;
    }

    String hash(CharSequence rawPassword) {
        return bcrypt.encode(rawPassword);
    }

    boolean matches(CharSequence rawPassword, String storedHash) {
        if (storedHash == null || storedHash.isBlank()) {
            return false;
        }
        return bcrypt.matches(rawPassword, storedHash);
    }

    private static final String DUMMY_HASH =
            "$2a$12$Qm4TqzP0b6VvN1sLx9cWxeYH3oJr7dKf2uGpA8tZsRnEw5iBhMl0C";
}
