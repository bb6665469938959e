package com.acme.notify;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/notifications")
public class NotificationController {

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "channel")
    @JsonSubTypes({
            @JsonSubTypes.Type(value = EmailTarget.class, name = "email"),
            @JsonSubTypes.Type(value = SmsTarget.class, name = "sms"),
            @JsonSubTypes.Type(value = SlackTarget.class, name = "slack")
    })
    public sealed interface Target permits EmailTarget, SmsTarget, SlackTarget {}

    public record EmailTarget(@Email String address) implements Target {}

    public record SmsTarget(@Pattern(regexp = "^\\+[1-9][0-9]{6,14}$") String number) implements Target {}

    public record SlackTarget(@NotBlank String channelId) implements Target {}

    public record SendRequest(@Valid Target target, @NotBlank String template, java.util.Map<String, String> vars) {}

    private final NotificationService service;

    public NotificationController(NotificationService service) {
        this.service = service;
    }

    @PostMapping
    public ResponseEntity<Void> send(@Valid @RequestBody SendRequest request) {
        switch (request.target()) {
            case EmailTarget e -> service.email(e.address(), request.template(), request.vars());
            case SmsTarget s -> service.sms(s.number(), request.template(), request.vars());
            case SlackTarget s -> service.slack(s.channelId(), request.template(), request.vars());
        }
        return ResponseEntity.accepted().build();
    }
}