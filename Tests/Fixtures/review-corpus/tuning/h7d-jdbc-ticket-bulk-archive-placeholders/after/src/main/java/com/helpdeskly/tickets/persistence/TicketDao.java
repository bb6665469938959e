package com.helpdeskly.tickets.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
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

    /** Postgres caps bind parameters at 32767; stay well below it. */
    private static final int ARCHIVE_BATCH = 500;

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

    /** Bulk action from the ticket list view; ids come straight from the request body. */
    @Transactional
    public int archiveAll(long tenantId, List<Long> ids) {
        int updated = 0;
        for (int from = 0; from < ids.size(); from += ARCHIVE_BATCH) {
            List<Long> chunk = ids.subList(from, Math.min(from + ARCHIVE_BATCH, ids.size()));
            String placeholders = String.join(",", Collections.nCopies(chunk.size(), "?"));

            List<Object> args = new ArrayList<>(chunk.size() + 1);
            args.add(tenantId);
            args.addAll(chunk);

            updated += jdbc.update(
                    "UPDATE tickets SET archived_at = now() WHERE tenant_id = ? AND id IN (" + placeholders + ")"
                            + " AND archived_at IS NULL",
                    args.toArray());
        }
        return updated;
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
