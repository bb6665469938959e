package com.helpdeskly.tickets.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import com.helpdeskly.tickets.domain.Ticket;
import com.helpdeskly.tickets.domain.TicketStatus;

@Repository
public class TicketDao {

    private static final String COLUMNS =
            "id, tenant_id, subject, status, assignee_id, created_at, archived_at";

    private static final RowMapper<Ticket> MAPPER = TicketDao::mapRow;

    private final JdbcTemplate jdbc;

    public TicketDao(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Ticket> findById(long tenantId, long id) {
        List<Ticket> rows = jdbc.query(
                "SELECT " + COLUMNS + " FROM tickets WHERE tenant_id = ? AND id = ?",
                MAPPER, tenantId, id);
        return rows.stream().findFirst();
    }

    public List<Ticket> findOpenByAssignee(long tenantId, long assigneeId) {
        return jdbc.query(
                "SELECT " + COLUMNS + " FROM tickets WHERE tenant_id = ? AND assignee_id = ? "
                        + "AND status <> 'CLOSED' AND archived_at IS NULL ORDER BY created_at DESC",
                MAPPER, tenantId, assigneeId);
    }

    @Transactional
    public int archive(long tenantId, long id) {
        return jdbc.update(
                "UPDATE tickets SET archived_at = now() WHERE tenant_id = ? AND id = ? AND archived_at IS NULL",
                tenantId, id);
    }

    private static Ticket mapRow(ResultSet rs, int rowNum) throws SQLException {
        return new Ticket(
                rs.getLong("id"),
                rs.getLong("tenant_id"),
                rs.getString("subject"),
                TicketStatus.valueOf(rs.getString("status")),
                (Long) rs.getObject("assignee_id"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("archived_at") == null ? null : rs.getTimestamp("archived_at").toInstant());
    }
}
