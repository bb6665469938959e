package com.acme.billing.repository;

import com.acme.billing.domain.Invoice;
import com.acme.billing.domain.InvoiceStatus;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.springframework.stereotype.Repository;

@Repository
public interface InvoiceRepository extends JpaRepository<Invoice, Long> {

    Optional<Invoice> findByNumber(String number);

    Page<Invoice> findByCustomerIdAndStatus(Long customerId, InvoiceStatus status, Pageable pageable);

    List<Invoice> findByDueDateBeforeAndStatus(Instant cutoff, InvoiceStatus status);

    @Query("select i from Invoice i where lower(i.customer.email) = lower(:email) "
            + "and i.issuedAt between :from and :to order by i.issuedAt desc")
    List<Invoice> findForCustomerEmail(@Param("email") String email,
                                       @Param("from") Instant from,
                                       @Param("to") Instant to);

    @Modifying
    @Query(value = "DELETE FROM invoice_drafts WHERE updated_at < :cutoff", nativeQuery = true)
    int purgeStaleDrafts(@Param("cutoff") Instant cutoff);
}
