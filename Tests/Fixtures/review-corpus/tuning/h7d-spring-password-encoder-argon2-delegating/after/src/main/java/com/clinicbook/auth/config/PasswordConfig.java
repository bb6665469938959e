package com.clinicbook.auth.config;

import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import com.clinicbook.auth.users.StaffAccountRepository;
import com.clinicbook.auth.users.StaffPasswordUpgradeService;
import com.clinicbook.auth.users.StaffUserDetailsService;

/**
 * Password handling for staff accounts (receptionists, clinicians, clinic admins).
 * Hashes are stored in staff_account.password_hash.
 */
@Configuration
public class PasswordConfig {

    private static final int BCRYPT_STRENGTH = 12;

    /**
     * New hashes are stored as {argon2}...; existing rows have bare BCrypt hashes without an
     * id prefix, so BCrypt stays the fallback for matching until they are rehashed on login.
     */
    @Bean
    public PasswordEncoder passwordEncoder() {
        BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(BCRYPT_STRENGTH);
        Map<String, PasswordEncoder> encoders = Map.of(
                "argon2", Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                "bcrypt", bcrypt);

        DelegatingPasswordEncoder delegating = new DelegatingPasswordEncoder("argon2", encoders);
        delegating.setDefaultPasswordEncoderForMatches(bcrypt);
        return delegating;
    }

    @Bean
    public UserDetailsService userDetailsService(StaffAccountRepository accounts) {
        return new StaffUserDetailsService(accounts);
    }

    @Bean
    public UserDetailsPasswordService userDetailsPasswordService(StaffAccountRepository accounts) {
        return new StaffPasswordUpgradeService(accounts);
    }

    @Bean
    public AuthenticationManager authenticationManager(UserDetailsService users,
                                                       UserDetailsPasswordService upgrades,
                                                       PasswordEncoder encoder) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider();
        provider.setUserDetailsService(users);
        provider.setPasswordEncoder(encoder);
        provider.setUserDetailsPasswordService(upgrades);
        provider.setHideUserNotFoundExceptions(true);
        return new ProviderManager(provider);
    }
}
