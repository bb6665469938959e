package io.fieldops.accounts;

import java.time.Instant;

import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

@ApplicationScoped
public class PasswordService {

    private static final Logger LOG = Logger.getLogger(PasswordService.class);
    private static final int BCRYPT_COST = 12;

    @Transactional
    public void setPassword(Account account, String rawPassword) {
        PasswordPolicy.check(rawPassword);
        account.passwordHash = BcryptUtil.bcryptHash(rawPassword, BCRYPT_COST);
        account.passwordChangedAt = Instant.now();
        account.persist();
        LOG.infof("password updated for account %d", account.id);
    }

    public boolean verify(Account account, String rawPassword) {
        if (account.passwordHash == null) {
            return false;
        }
        return BcryptUtil.matches(rawPassword, account.passwordHash);
    }
}
