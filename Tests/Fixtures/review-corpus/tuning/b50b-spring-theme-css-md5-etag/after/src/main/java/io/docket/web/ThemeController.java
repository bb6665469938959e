package io.docket.web;

import io.docket.branding.BrandingService;
import io.docket.branding.ThemeCss;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.DigestUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class ThemeController {

    private static final MediaType TEXT_CSS = MediaType.valueOf("text/css");

    private final BrandingService branding;

    public ThemeController(BrandingService branding) {
        this.branding = branding;
    }

    @GetMapping(value = "/t/{workspace}/theme.css", produces = "text/css")
    public ResponseEntity<String> theme(
            @PathVariable String workspace,
            @RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
        ThemeCss css = branding.renderTheme(workspace);
        // Content fingerprint for conditional GETs only, so browsers revalidate cheaply.
        String etag = "\"" + DigestUtils.md5DigestAsHex(css.text().getBytes(StandardCharsets.UTF_8)) + "\"";
        CacheControl cache = CacheControl.maxAge(Duration.ofMinutes(10)).cachePublic();
        if (etag.equals(ifNoneMatch)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).cacheControl(cache).build();
        }
        return ResponseEntity.ok()
                .cacheControl(cache)
                .eTag(etag)
                .contentType(TEXT_CSS)
                .body(css.text());
    }
}
