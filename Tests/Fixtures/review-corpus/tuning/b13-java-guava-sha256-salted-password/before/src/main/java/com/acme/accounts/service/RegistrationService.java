package com.acme.accounts.service;

import com.acme.accounts.domain.User;
import com.acme.accounts.domain.UserRepository;
import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class RegistrationService {

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
}