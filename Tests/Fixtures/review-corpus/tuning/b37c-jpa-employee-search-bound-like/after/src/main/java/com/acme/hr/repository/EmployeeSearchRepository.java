package com.acme.hr.repository;

import com.acme.hr.domain.Employee;
import com.acme.hr.domain.EmploymentStatus;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
@Transactional(readOnly = true)
public class EmployeeSearchRepository {

    @PersistenceContext
    private EntityManager em;

    public List<Employee> search(EmployeeFilter filter, int page, int size) {
        StringBuilder jpql = new StringBuilder(
                "select e from Employee e join fetch e.department d where e.company.id = :companyId");
        Map<String, Object> params = new HashMap<>();
        params.put("companyId", filter.companyId());

        if (filter.departmentId() != null) {
            jpql.append(" and d.id = :departmentId");
            params.put("departmentId", filter.departmentId());
        }
        if (filter.name() != null && !filter.name().isBlank()) {
            jpql.append(" and (lower(e.lastName) like :name or lower(e.firstName) like :name)");
            params.put("name", "%" + filter.name().trim().toLowerCase(Locale.ROOT) + "%");
        }
        if (filter.statuses() != null && !filter.statuses().isEmpty()) {
            jpql.append(" and e.status in :statuses");
            params.put("statuses", filter.statuses());
        } else {
            jpql.append(" and e.status <> :terminated");
            params.put("terminated", EmploymentStatus.TERMINATED);
        }
        if (filter.hiredAfter() != null) {
            jpql.append(" and e.hireDate >= :hiredAfter");
            params.put("hiredAfter", filter.hiredAfter());
        }

        jpql.append(switch (filter.sort()) {
            case NAME -> " order by e.lastName, e.firstName";
            case HIRE_DATE -> " order by e.hireDate desc, e.lastName";
            case DEPARTMENT -> " order by d.name, e.lastName";
        });

        TypedQuery<Employee> query = em.createQuery(jpql.toString(), Employee.class);
        params.forEach(query::setParameter);
        return query
                .setFirstResult(page * size)
                .setMaxResults(size)
                .getResultList();
    }

    public enum SortKey { NAME, HIRE_DATE, DEPARTMENT }

    public record EmployeeFilter(
            long companyId,
            Long departmentId,
            String name,
            List<EmploymentStatus> statuses,
            java.time.LocalDate hiredAfter,
            SortKey sort) {
    }
}
