package org.fieldnotes.accounts;

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
        if (!encoder.matches(current, account.getPasswordHash())) {
            throw new BadCredentialsException("current password is wrong");
        }
        policy.check(next);
        account.setPasswordHash(encoder.encode(next));
        account.bumpCredentialsVersion();
    }

    public boolean verify(Account account, String raw) {
        return encoder.matches(raw, account.getPasswordHash());
    }
}
