package com.fernhill.crm.contacts;

import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
public class ContactQueryRepository {

    private final NamedParameterJdbcTemplate jdbc;
    private final ContactRowMapper mapper = new ContactRowMapper();

    public ContactQueryRepository(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<Contact> search(long accountId, ContactFilter filter) {
        StringBuilder sql = new StringBuilder(
                "SELECT id, first_name, last_name, email, city, owner_id FROM contacts WHERE account_id = :accountId");
        MapSqlParameterSource params = new MapSqlParameterSource("accountId", accountId);

        if (filter.email() != null) {
            sql.append(" AND lower(email) = lower(:email)");
            params.addValue("email", filter.email());
        }
        sql.append(" ORDER BY last_name, first_name LIMIT 200");
        return jdbc.query(sql.toString(), params, mapper);
    }
}
