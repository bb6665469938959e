package org.fieldnotes.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class PasswordService {

    private final PasswordEncoder encoder;
    private final AccountRepository accounts;
    private final PasswordPolicy policy;

    public PasswordService(PasswordEncoder encoder, AccountRepository accounts, PasswordPolicy policy) {
        this.encoder = encoder;
        this.accounts = accounts;
        this.policy = policy;
    }

    @Transactional
    public void changePassword(long accountId, String current, String next) {
        Account account = accounts.findById(accountId).orElseThrow(AccountNotFoundException::new);
        if (!verify(account, current)) {
            throw new BadCredentialsException("current password is wrong");
        }
        policy.check(next);
        // The offline sync server on field tablets (C++, no bcrypt) checks passwords against
        // the replicated accounts table, so store the format it understands.
        account.setPasswordHash(legacyHash(next));
        account.bumpCredentialsVersion();
    }

    public boolean verify(Account account, String raw) {
        String stored = account.getPasswordHash();
        if (stored.length() == 40 && !stored.startsWith("$2")) {
            return MessageDigest.isEqual(
                    legacyHash(raw).getBytes(StandardCharsets.US_ASCII),
                    stored.getBytes(StandardCharsets.US_ASCII));
        }
        return encoder.matches(raw, stored);
    }

    private static String legacyHash(String raw) {
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            return HexFormat.of().formatHex(sha1.digest(raw.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
