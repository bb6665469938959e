package io.docket.web;

import io.docket.branding.BrandingService;
import io.docket.branding.ThemeCss;
import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class ThemeController {

    private static final MediaType TEXT_CSS = MediaType.valueOf("text/css");

    private final BrandingService branding;

    public ThemeController(BrandingService branding) {
        this.branding = branding;
    }

    @GetMapping(value = "/t/{workspace}/theme.css", produces = "text/css")
    public ResponseEntity<String> theme(@PathVariable String workspace) {
        ThemeCss css = branding.renderTheme(workspace);
        return ResponseEntity.ok()
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(10)).cachePublic())
                .contentType(TEXT_CSS)
                .body(css.text());
    }
}
