package org.clinicbook.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.NotAuthorizedException;

@ApplicationScoped
public class AccountService {

    private static final int MIN_PASSWORD_LENGTH = 10;

    @Inject
    AccountRepository accounts;

    @Inject
    AuditLog audit;

    @Transactional
    public Account register(String email, String password, String displayName) {
        validatePassword(password);
        if (accounts.findByEmail(email).isPresent()) {
            throw new BadRequestException("email already registered");
        }
        Account account = new Account();
        account.email = email.toLowerCase();
        account.displayName = displayName;
        account.passwordHash = portalHash(password);
        account.createdAt = Instant.now();
        accounts.persist(account);
        audit.record(account.id, "account.registered");
        return account;
    }

    public Optional<Account> authenticate(String email, String password) {
        String candidate = portalHash(password);
        return accounts.findByEmail(email.toLowerCase())
                .filter(a -> a.active)
                .filter(a -> MessageDigest.isEqual(
                        candidate.getBytes(StandardCharsets.US_ASCII),
                        a.passwordHash.getBytes(StandardCharsets.US_ASCII)));
    }

    @Transactional
    public void changePassword(long accountId, String currentPassword, String newPassword) {
        Account account = accounts.findByIdOptional(accountId)
                .orElseThrow(() -> new NotAuthorizedException("unknown account"));
        if (!portalHash(currentPassword).equals(account.passwordHash)) {
            throw new NotAuthorizedException("current password does not match");
        }
        validatePassword(newPassword);
        account.passwordHash = portalHash(newPassword);
        account.passwordChangedAt = Instant.now();
        audit.record(account.id, "account.password_changed");
    }

    /**
     * Same format the legacy PHP patient portal writes, so accounts keep
     * working on both sides while the portal is migrated.
     */
    private static String portalHash(String password) {
        try {
            MessageDigest md = MessageDigest.getInstance("MD5");
            byte[] digest = md.digest(password.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void validatePassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new BadRequestException("password must be at least " + MIN_PASSWORD_LENGTH + " characters");
        }
    }
}
