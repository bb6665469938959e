package org.riverside.library.members;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
public class MemberDao {

    private static final String BASE_SELECT =
            "SELECT m.id, m.card_number, m.full_name, m.email, m.joined_on, m.branch_id "
          + "FROM members m ";

    private static final RowMapper<Member> MAPPER = MemberDao::map;

    private final NamedParameterJdbcTemplate jdbc;

    public MemberDao(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Member> findByCardNumber(String cardNumber) {
        try {
            return Optional.ofNullable(jdbc.queryForObject(
                    BASE_SELECT + "WHERE m.card_number = :card",
                    new MapSqlParameterSource("card", cardNumber),
                    MAPPER));
        } catch (EmptyResultDataAccessException e) {
            return Optional.empty();
        }
    }

    public List<Member> searchByName(long branchId, String namePart, int limit) {
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("branch", branchId)
                .addValue("name", "%" + escapeLike(namePart) + "%")
                .addValue("limit", Math.min(limit, 200));
        return jdbc.query(
                BASE_SELECT
                        + "WHERE m.branch_id = :branch AND lower(m.full_name) LIKE lower(:name) ESCAPE '\\' "
                        + "ORDER BY m.full_name LIMIT :limit",
                params, MAPPER);
    }

    public int countJoinedSince(long branchId, LocalDate since) {
        Integer n = jdbc.queryForObject(
                "SELECT count(*) FROM members WHERE branch_id = :branch AND joined_on >= :since",
                new MapSqlParameterSource().addValue("branch", branchId).addValue("since", since),
                Integer.class);
        return n == null ? 0 : n;
    }

    public void updateEmail(long memberId, String email) {
        jdbc.update("UPDATE members SET email = :email, updated_at = now() WHERE id = :id",
                new MapSqlParameterSource().addValue("email", email).addValue("id", memberId));
    }

    static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static Member map(ResultSet rs, int rowNum) throws SQLException {
        return new Member(
                rs.getLong("id"),
                rs.getString("card_number"),
                rs.getString("full_name"),
                rs.getString("email"),
                rs.getObject("joined_on", LocalDate.class),
                rs.getLong("branch_id"));
    }
}
