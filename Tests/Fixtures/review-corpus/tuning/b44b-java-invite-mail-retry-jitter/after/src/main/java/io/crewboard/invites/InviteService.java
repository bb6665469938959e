package io.crewboard.invites;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class InviteService {

    private static final SecureRandom RNG = new SecureRandom();
    private static final Duration TTL = Duration.ofDays(7);
    private static final int MAIL_ATTEMPTS = 3;

    private final InviteRepository invites;
    private final Mailer mailer;
    private final Clock clock;

    public InviteService(InviteRepository invites, Mailer mailer, Clock clock) {
        this.invites = invites;
        this.mailer = mailer;
        this.clock = clock;
    }

    @Transactional
    public void invite(long teamId, String email) throws InterruptedException {
        byte[] raw = new byte[32];
        RNG.nextBytes(raw);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        invites.save(new Invite(teamId, email, Hashes.sha256(token), clock.instant().plus(TTL)));
        for (int attempt = 1; ; attempt++) {
            try {
                mailer.sendInvite(email, token);
                return;
            } catch (MailTransientException e) {
                if (attempt == MAIL_ATTEMPTS) throw e;
                // Jitter so a burst of bulk invites doesn't hammer the relay in lockstep.
                Thread.sleep(200L * attempt + ThreadLocalRandom.current().nextLong(0, 150));
            }
        }
    }
}
