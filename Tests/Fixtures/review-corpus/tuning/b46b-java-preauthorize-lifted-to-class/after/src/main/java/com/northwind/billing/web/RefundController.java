package com.northwind.billing.web;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.*;

import com.northwind.billing.refunds.RefundRequest;
import com.northwind.billing.refunds.RefundService;
import com.northwind.billing.refunds.RefundView;
import com.northwind.security.StaffPrincipal;

@RestController
@RequestMapping("/api/staff/refunds")
@PreAuthorize("hasAuthority('billing:refund')") // method-level rules below override this
public class RefundController {

    private final RefundService refunds;

    public RefundController(RefundService refunds) {
        this.refunds = refunds;
    }

    @GetMapping
    public List<RefundView> pending() {
        return refunds.pending();
    }

    @PostMapping
    public ResponseEntity<RefundView> create(@Valid @RequestBody RefundRequest body,
                                             @AuthenticationPrincipal StaffPrincipal staff) {
        return ResponseEntity.ok(refunds.create(body, staff.id()));
    }

    @PostMapping("/{id}/approve")
    @PreAuthorize("hasAuthority('billing:refund') and #staff.seniority >= 2")
    public RefundView approve(@PathVariable UUID id, @AuthenticationPrincipal StaffPrincipal staff) {
        return refunds.approve(id, staff.id());
    }
}
