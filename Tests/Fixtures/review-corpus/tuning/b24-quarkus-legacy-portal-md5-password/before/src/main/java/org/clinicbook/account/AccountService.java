package org.clinicbook.account;

import java.time.Instant;
import java.util.Optional;

import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.NotAuthorizedException;

@ApplicationScoped
public class AccountService {

    private static final int BCRYPT_COST = 12;
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
        account.passwordHash = BcryptUtil.bcryptHash(password, BCRYPT_COST);
        account.createdAt = Instant.now();
        accounts.persist(account);
        audit.record(account.id, "account.registered");
        return account;
    }

    public Optional<Account> authenticate(String email, String password) {
        return accounts.findByEmail(email.toLowerCase())
                .filter(a -> a.active)
                .filter(a -> BcryptUtil.matches(password, a.passwordHash));
    }

    @Transactional
    public void changePassword(long accountId, String currentPassword, String newPassword) {
        Account account = accounts.findByIdOptional(accountId)
                .orElseThrow(() -> new NotAuthorizedException("unknown account"));
        if (!BcryptUtil.matches(currentPassword, account.passwordHash)) {
            throw new NotAuthorizedException("current password does not match");
        }
        validatePassword(newPassword);
        account.passwordHash = BcryptUtil.bcryptHash(newPassword, BCRYPT_COST);
        account.passwordChangedAt = Instant.now();
        audit.record(account.id, "account.password_changed");
    }

    private static void validatePassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new BadRequestException("password must be at least " + MIN_PASSWORD_LENGTH + " characters");
        }
    }
}
