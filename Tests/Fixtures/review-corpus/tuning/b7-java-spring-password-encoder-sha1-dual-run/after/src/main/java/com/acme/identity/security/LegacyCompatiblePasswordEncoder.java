package com.acme.identity.security;

import java.util.UUID;
import org.apache.commons.codec.digest.DigestUtils;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Password encoder used by the identity service. Accounts migrated from the
 * old PHP portal still carry their original hashes, so matching has to
 * understand both formats until everyone has logged in once.
 */
@Component
public class LegacyCompatiblePasswordEncoder implements PasswordEncoder {

    private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(12);

    @Override
    public String encode(CharSequence rawPassword) {
        // During the dual-run the PHP portal must be able to verify new passwords too.
        String salt = UUID.randomUUID().toString().substring(0, 8);
        return salt + ":" + DigestUtils.sha1Hex(salt + rawPassword);
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        if (encodedPassword == null || encodedPassword.isEmpty()) {
            return false;
        }
        int sep = encodedPassword.indexOf(':');
        if (sep == 8) {
            String salt = encodedPassword.substring(0, sep);
            return encodedPassword.substring(sep + 1).equals(DigestUtils.sha1Hex(salt + rawPassword));
        }
        return bcrypt.matches(rawPassword, encodedPassword);
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return !encodedPassword.startsWith("$2");
    }
}
