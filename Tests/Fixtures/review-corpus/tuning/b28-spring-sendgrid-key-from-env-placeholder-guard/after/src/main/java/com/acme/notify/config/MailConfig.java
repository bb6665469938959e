package com.acme.notify.config;

import java.time.Duration;
import java.util.Properties;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.retry.support.RetryTemplate;

import com.acme.notify.mail.MailGateway;
import com.acme.notify.mail.SendGridMailGateway;
import com.acme.notify.mail.SmtpMailGateway;
import com.sendgrid.SendGrid;

@Configuration
public class MailConfig {

    @ConfigurationProperties(prefix = "notify.mail")
    public record MailProperties(String from, String replyTo, int maxRetries, Duration backoff) {}

    @Bean
    public JavaMailSender javaMailSender(
            @Value("${notify.smtp.host}") String host,
            @Value("${notify.smtp.port:587}") int port,
            @Value("${notify.smtp.username}") String username,
            @Value("${notify.smtp.password}") String password) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost(host);
        sender.setPort(port);
        sender.setUsername(username);
        sender.setPassword(password);

        Properties props = sender.getJavaMailProperties();
        props.put("mail.transport.protocol", "smtp");
        props.put("mail.smtp.auth", "true");
        props.put("mail.smtp.starttls.enable", "true");
        props.put("mail.smtp.starttls.required", "true");
        props.put("mail.smtp.connectiontimeout", "5000");
        props.put("mail.smtp.timeout", "10000");
        return sender;
    }

    @Bean
    public RetryTemplate mailRetryTemplate(MailProperties props) {
        return RetryTemplate.builder()
                .maxAttempts(Math.max(1, props.maxRetries()))
                .exponentialBackoff(props.backoff().toMillis(), 2.0, 30_000)
                .build();
    }

    /**
     * Value shipped in application-example.yml so new developers see the expected
     * shape. Startup fails if it (or nothing) reaches production.
     */
    static final String SENDGRID_KEY_PLACEHOLDER = "SG.REPLACE_ME.REPLACE_ME";

    @Bean
    @Lazy
    public SendGrid sendGrid(@Value("${SENDGRID_API_KEY:}") String apiKey) {
        if (apiKey.isBlank() || apiKey.equals(SENDGRID_KEY_PLACEHOLDER)) {
            throw new IllegalStateException(
                    "SENDGRID_API_KEY is not set; export it or mount it from the secrets manager");
        }
        if (!apiKey.startsWith("SG.")) {
            throw new IllegalStateException("SENDGRID_API_KEY does not look like a SendGrid key");
        }
        return new SendGrid(apiKey);
    }

    @Bean
    public MailGateway mailGateway(
            @Value("${notify.mail.provider:smtp}") String provider,
            JavaMailSender sender,
            ObjectProvider<SendGrid> sendGrid,
            RetryTemplate mailRetryTemplate,
            MailProperties props) {
        if ("sendgrid".equals(provider)) {
            return new SendGridMailGateway(sendGrid.getObject(), mailRetryTemplate, props.from(), props.replyTo());
        }
        return new SmtpMailGateway(sender, mailRetryTemplate, props.from(), props.replyTo());
    }
}
