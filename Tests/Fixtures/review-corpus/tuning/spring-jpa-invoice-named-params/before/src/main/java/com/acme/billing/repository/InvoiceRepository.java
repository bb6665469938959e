package com.acme.billing.repository;

import com.acme.billing.domain.Invoice;
import com.acme.billing.domain.InvoiceStatus;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.stereotype.Repository;

@Repository
public interface InvoiceRepository extends JpaRepository<Invoice, Long> {

    Optional<Invoice> findByNumber(String number);

    Page<Invoice> findByCustomerIdAndStatus(Long customerId, InvoiceStatus status, Pageable pageable);

    List<Invoice> findByDueDateBeforeAndStatus(Instant cutoff, InvoiceStatus status);
}
