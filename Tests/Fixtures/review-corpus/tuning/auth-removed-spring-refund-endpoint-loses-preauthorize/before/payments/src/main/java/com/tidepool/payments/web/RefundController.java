package com.tidepool.payments.web;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.*;

@RestController
@RequestMapping("/api/payments")
public class RefundController {

    private final RefundService refunds;

    public RefundController(RefundService refunds) {
        this.refunds = refunds;
    }

    @GetMapping("/{id}/refunds")
    @PreAuthorize("isAuthenticated()")
    public ResponseEntity<RefundList> list(@PathVariable long id) {
        return ResponseEntity.ok(refunds.forPayment(id));
    }

    @PostMapping("/{id}/refunds")
    @PreAuthorize("hasRole('FINANCE')")
    public ResponseEntity<Refund> refund(@PathVariable long id, @RequestBody RefundRequest request) {
        return ResponseEntity.ok(refunds.issue(id, request.amount()));
    }
}