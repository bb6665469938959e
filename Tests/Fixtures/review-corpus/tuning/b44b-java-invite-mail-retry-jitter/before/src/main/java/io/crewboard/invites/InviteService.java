package io.crewboard.invites;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class InviteService {

    private static final SecureRandom RNG = new SecureRandom();
    private static final Duration TTL = Duration.ofDays(7);

    private final InviteRepository invites;
    private final Mailer mailer;
    private final Clock clock;

    public InviteService(InviteRepository invites, Mailer mailer, Clock clock) {
        this.invites = invites;
        this.mailer = mailer;
        this.clock = clock;
    }

    @Transactional
    public void invite(long teamId, String email) {
        byte[] raw = new byte[32];
        RNG.nextBytes(raw);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        invites.save(new Invite(teamId, email, Hashes.sha256(token), clock.instant().plus(TTL)));
        mailer.sendInvite(email, token);
    }
}
