package com.acme.portal.branding;

import java.io.IOException;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.client.RestTemplate;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

import com.acme.portal.security.PortalUser;

@RestController
@RequestMapping("/api/branding")
public class BrandingController {

    private static final Logger log = LoggerFactory.getLogger(BrandingController.class);
    private static final Set<String> ALLOWED_TYPES = Set.of(MediaType.IMAGE_PNG_VALUE, MediaType.IMAGE_JPEG_VALUE, "image/svg+xml");
    private static final long MAX_LOGO_BYTES = 512 * 1024;

    private final BrandingService brandingService;
    private final RestTemplate restTemplate;

    public BrandingController(BrandingService brandingService, RestTemplate restTemplate) {
        this.brandingService = brandingService;
        this.restTemplate = restTemplate;
    }

    @GetMapping("/{tenantId}")
    public BrandingDto get(@PathVariable long tenantId) {
        return brandingService.find(tenantId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    @PostMapping("/{tenantId}/logo")
    @PreAuthorize("hasRole('TENANT_ADMIN')")
    public ResponseEntity<BrandingDto> uploadLogo(@PathVariable long tenantId,
                                                  @RequestParam("file") MultipartFile file,
                                                  @AuthenticationPrincipal PortalUser user) throws IOException {
        requireTenant(user, tenantId);
        if (file.getSize() > MAX_LOGO_BYTES || !ALLOWED_TYPES.contains(file.getContentType())) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "logo must be png, jpeg or svg under 512 KiB");
        }
        BrandingDto updated = brandingService.storeLogo(tenantId, file.getBytes(), file.getContentType());
        log.info("tenant {} logo replaced by {}", tenantId, user.getId());
        return ResponseEntity.ok(updated);
    }

    @PostMapping("/{tenantId}/logo/import")
    @PreAuthorize("hasRole('TENANT_ADMIN')")
    public BrandingDto importLogo(@PathVariable long tenantId,
                                  @RequestParam("source") String sourceUrl,
                                  @AuthenticationPrincipal PortalUser user) {
        requireTenant(user, tenantId);
        byte[] logo = fetchBytes(sourceUrl);
        if (logo.length > MAX_LOGO_BYTES) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "logo too large");
        }
        log.info("tenant {} imported logo from {}", tenantId, sourceUrl);
        return brandingService.storeLogo(tenantId, logo, MediaType.IMAGE_PNG_VALUE);
    }

    @PostMapping("/{tenantId}/favicon/refresh")
    @PreAuthorize("hasRole('TENANT_ADMIN')")
    public BrandingDto refreshFavicon(@PathVariable long tenantId, @AuthenticationPrincipal PortalUser user) {
        requireTenant(user, tenantId);
        // favicons are rendered by our own image service from the stored logo
        byte[] icon = fetchBytes("https://images.internal.acme.example/render/favicon/" + tenantId);
        return brandingService.storeFavicon(tenantId, icon);
    }

    private byte[] fetchBytes(String url) {
        ResponseEntity<byte[]> resp = restTemplate.getForEntity(url, byte[].class);
        if (!resp.getStatusCode().is2xxSuccessful() || resp.getBody() == null) {
            throw new ResponseStatusException(HttpStatus.BAD_GATEWAY, "image service unavailable");
        }
        return resp.getBody();
    }

    private static void requireTenant(PortalUser user, long tenantId) {
        if (user.getTenantId() != tenantId) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
    }
}
