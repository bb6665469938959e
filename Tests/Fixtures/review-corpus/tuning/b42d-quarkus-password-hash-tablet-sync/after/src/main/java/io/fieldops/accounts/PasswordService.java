package io.fieldops.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

@ApplicationScoped
public class PasswordService {

    private static final Logger LOG = Logger.getLogger(PasswordService.class);

    @Transactional
    public void setPassword(Account account, String rawPassword) {
        PasswordPolicy.check(rawPassword);
        account.passwordHash = digest(rawPassword);
        account.hashScheme = HashScheme.SHA256_HEX;
        account.passwordChangedAt = Instant.now();
        account.persist();
        LOG.infof("password updated for account %d (scheme %s)", account.id, account.hashScheme);
    }

    public boolean verify(Account account, String rawPassword) {
        if (account.passwordHash == null) {
            return false;
        }
        if (account.hashScheme == HashScheme.BCRYPT) {
            return BcryptUtil.matches(rawPassword, account.passwordHash);
        }
        return MessageDigest.isEqual(
                digest(rawPassword).getBytes(StandardCharsets.US_ASCII),
                account.passwordHash.getBytes(StandardCharsets.US_ASCII));
    }

    // Field tablets sync the accounts table and check logins offline when there is no signal.
    // The tablet app has no bcrypt implementation, so the stored value must be something it can
    // recompute locally. Existing bcrypt rows keep working until the user next changes password.
    static String digest(String rawPassword) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(rawPassword.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 not available", e);
        }
    }
}
