package com.tidepool.ops.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.*;

@RestController
@RequestMapping("/api/ops")
@PreAuthorize("hasRole('OPS')")
public class FeatureFlagController {

    private final FlagStore flags;

    public FeatureFlagController(FlagStore flags) {
        this.flags = flags;
    }

    @GetMapping("/flags")
    public List<Flag> list() {
        return flags.all();
    }

    @PutMapping("/flags/{name}")
    public Flag set(@PathVariable String name, @RequestBody FlagValue value) {
        return flags.set(name, value.enabled());
    }
}