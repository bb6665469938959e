package com.acme.accounts.service;

import com.acme.accounts.domain.User;
import com.acme.accounts.domain.UserRepository;
import com.google.common.hash.Hashing;
import com.google.common.io.BaseEncoding;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class RegistrationService {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final UserRepository users;
    private final Clock clock;

    public RegistrationService(UserRepository users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    /** Accounts are created on first SSO login; there is no local password. */
    @Transactional
    public User registerFromSso(String email, String displayName, String subject) {
        User user = new User();
        user.setEmail(email.toLowerCase());
        user.setDisplayName(displayName);
        user.setSsoSubject(subject);
        user.setCreatedAt(Instant.now(clock));
        return users.save(user);
    }

    /** Local sign-up for customers without an SSO provider. */
    @Transactional
    public User registerWithPassword(String email, String displayName, String rawPassword) {
        byte[] saltBytes = new byte[16];
        RANDOM.nextBytes(saltBytes);
        String salt = BaseEncoding.base16().lowerCase().encode(saltBytes);

        User user = new User();
        user.setEmail(email.toLowerCase());
        user.setDisplayName(displayName);
        user.setPasswordSalt(salt);
        user.setPasswordHash(Hashing.sha256().hashString(salt + rawPassword, StandardCharsets.UTF_8).toString());
        user.setCreatedAt(Instant.now(clock));
        return users.save(user);
    }
}