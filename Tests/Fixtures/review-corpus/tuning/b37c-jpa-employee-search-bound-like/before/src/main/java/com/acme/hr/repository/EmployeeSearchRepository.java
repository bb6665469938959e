package com.acme.hr.repository;

import com.acme.hr.domain.Employee;
import com.acme.hr.domain.EmploymentStatus;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.List;
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

        jpql.append(" order by e.lastName, e.firstName");

        TypedQuery<Employee> query = em.createQuery(jpql.toString(), Employee.class);
        params.forEach(query::setParameter);
        return query
                .setFirstResult(page * size)
                .setMaxResults(size)
                .getResultList();
    }

    public record EmployeeFilter(
            long companyId,
            Long departmentId,
            List<EmploymentStatus> statuses,
            java.time.LocalDate hiredAfter) {
    }
}
