package com.northwind.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class PasswordResetService {
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final int TOKEN_LENGTH = 32;
    private static final Duration TTL = Duration.ofMinutes(30);

    private final UserRepository users;
    private final ResetMailer mailer;
    private final Clock clock;

    public PasswordResetService(UserRepository users, ResetMailer mailer, Clock clock) {
        this.users = users;
        this.mailer = mailer;
        this.clock = clock;
    }

    @Transactional
    public void requestReset(String email) {
        users.findByEmailIgnoreCase(email).ifPresent(user -> {
            String token = newToken();
            user.setResetToken(token);
            user.setResetTokenExpiresAt(Instant.now(clock).plus(TTL));
            users.save(user);
            mailer.sendResetLink(user.getEmail(), token);
        });
    }

    private static String newToken() {
        ThreadLocalRandom rnd = ThreadLocalRandom.current();
        StringBuilder sb = new StringBuilder(TOKEN_LENGTH);
        for (int i = 0; i < TOKEN_LENGTH; i++) {
            sb.append(ALPHABET.charAt(rnd.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}