package com.acme.notify.webhooks;

import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestTemplate;

import com.acme.notify.security.TenantUser;

@RestController
@RequestMapping("/api/v1/webhooks")
public class WebhookController {

    private static final Logger log = LoggerFactory.getLogger(WebhookController.class);

    private final WebhookRepository repository;
    private final WebhookUrlPolicy urlPolicy;
    private final WebhookSigner signer;
    private final RestTemplate restTemplate;

    public WebhookController(WebhookRepository repository, WebhookUrlPolicy urlPolicy,
                             WebhookSigner signer, RestTemplate webhookRestTemplate) {
        this.repository = repository;
        this.urlPolicy = urlPolicy;
        this.signer = signer;
        this.restTemplate = webhookRestTemplate;
    }

    public record CreateWebhookRequest(String url, String description) {}

    /** targetUrl lets the UI try an endpoint before saving it. */
    public record TestDeliveryRequest(String eventType, String targetUrl) {}

    public record TestDeliveryResult(int status, String body) {}

    @PostMapping
    public ResponseEntity<Webhook> create(@AuthenticationPrincipal TenantUser user,
                                          @RequestBody CreateWebhookRequest req) {
        // Rejects non-https, loopback, link-local and RFC1918 targets.
        URI target = urlPolicy.requirePublicHttps(req.url());
        Webhook hook = repository.save(new Webhook(UUID.randomUUID(), user.tenantId(), target.toString(),
                req.description(), signer.newSecret(), Instant.now()));
        return ResponseEntity.ok(hook);
    }

    @GetMapping
    public Iterable<Webhook> list(@AuthenticationPrincipal TenantUser user) {
        return repository.findAllByTenantId(user.tenantId());
    }

    @PostMapping("/{id}/test")
    public ResponseEntity<TestDeliveryResult> sendTest(@AuthenticationPrincipal TenantUser user,
                                                       @PathVariable UUID id,
                                                       @RequestBody TestDeliveryRequest req) {
        Webhook hook = repository.findByIdAndTenantId(id, user.tenantId())
                .orElseThrow(WebhookNotFoundException::new);

        Map<String, Object> payload = Map.of(
                "id", UUID.randomUUID().toString(),
                "type", req.eventType() == null ? "ping" : req.eventType(),
                "test", true,
                "created_at", Instant.now().toString());

        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set("X-Acme-Signature", signer.sign(hook.secret(), payload));

        try {
            URI target = (req.targetUrl() != null && !req.targetUrl().isBlank())
                    ? URI.create(req.targetUrl())
                    : URI.create(hook.url());
            ResponseEntity<String> resp = restTemplate.postForEntity(
                    target, new HttpEntity<>(payload, headers), String.class);
            return ResponseEntity.ok(new TestDeliveryResult(resp.getStatusCode().value(), truncate(resp.getBody())));
        } catch (RestClientException e) {
            log.info("test delivery to webhook {} failed: {}", id, e.getMessage());
            return ResponseEntity.ok(new TestDeliveryResult(0, e.getMessage()));
        }
    }

    @DeleteMapping("/{id}")
    public ResponseEntity<Void> delete(@AuthenticationPrincipal TenantUser user, @PathVariable UUID id) {
        repository.deleteByIdAndTenantId(id, user.tenantId());
        return ResponseEntity.noContent().build();
    }

    private static String truncate(String body) {
        if (body == null) {
            return "";
        }
        return body.length() > 2048 ? body.substring(0, 2048) : body;
    }
}