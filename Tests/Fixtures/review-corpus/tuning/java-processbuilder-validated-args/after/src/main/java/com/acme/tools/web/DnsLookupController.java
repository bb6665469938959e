package com.acme.tools.web;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.nio.charset.StandardCharsets;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class DnsLookupController {

    @GetMapping("/tools/resolve")
    public ResponseEntity<Map<String, Object>> resolve(@RequestParam String domain) {
        try {
            List<String> addrs = Arrays.stream(InetAddress.getAllByName(domain))
                    .map(InetAddress::getHostAddress)
                    .toList();
            return ResponseEntity.ok(Map.of("domain", domain, "addresses", addrs));
        } catch (UnknownHostException e) {
            return ResponseEntity.status(404).body(Map.of("domain", domain, "error", "not found"));
        }
    }

    private static final Pattern HOSTNAME =
            Pattern.compile("^(?=.{1,253}$)([A-Za-z0-9-]{1,63}\\.)*[A-Za-z0-9-]{1,63}$");
    private static final Set<String> TYPES = Set.of("A", "AAAA", "MX", "TXT", "CNAME");

    @GetMapping("/tools/dig")
    public ResponseEntity<String> dig(@RequestParam String domain,
                                      @RequestParam(defaultValue = "A") String type)
            throws IOException, InterruptedException {
        if (!HOSTNAME.matcher(domain).matches() || !TYPES.contains(type)) {
            return ResponseEntity.badRequest().body("bad domain or type");
        }
        Process p = new ProcessBuilder("dig", "+short", type, domain).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(5, TimeUnit.SECONDS);
        return ResponseEntity.ok(out);
    }
}
