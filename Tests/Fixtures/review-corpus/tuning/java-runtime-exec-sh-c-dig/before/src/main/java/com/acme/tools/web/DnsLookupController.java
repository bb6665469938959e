package com.acme.tools.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

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
}
