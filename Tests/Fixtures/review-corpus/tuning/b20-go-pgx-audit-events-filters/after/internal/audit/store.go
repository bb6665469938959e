package audit

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
)

type Event struct {
	ID        int64
	OrgID     int64
	ActorID   int64
	Action    string
	Target    string
	IP        string
	CreatedAt time.Time
}

type Query struct {
	OrgID   int64
	ActorID *int64
	Action  string
	Actions []string // any of these actions (used by the "security events" preset)
	Since   time.Time
	Target  string // prefix match, e.g. "project:42"
	Limit   int
	Before  int64 // keyset cursor: only events with id < Before
}

func escapeLike(s string) string {
	return strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`).Replace(s)
}

type Store struct {
	pool *pgxpool.Pool
}

func NewStore(pool *pgxpool.Pool) *Store { return &Store{pool: pool} }

func (s *Store) Record(ctx context.Context, e Event) error {
	_, err := s.pool.Exec(ctx,
		`INSERT INTO audit_events (org_id, actor_id, action, target, ip, created_at)
		 VALUES ($1, $2, $3, $4, $5, now())`,
		e.OrgID, e.ActorID, e.Action, e.Target, e.IP)
	return err
}

// List returns events newest first. Conditions are assembled from fixed
// fragments; every value travels as a positional argument.
func (s *Store) List(ctx context.Context, q Query) ([]Event, error) {
	conds := []string{"org_id = $1"}
	args := []any{q.OrgID}

	add := func(frag string, v any) {
		args = append(args, v)
		conds = append(conds, fmt.Sprintf(frag, len(args)))
	}
	if q.ActorID != nil {
		add("actor_id = $%d", *q.ActorID)
	}
	if q.Action != "" {
		add("action = $%d", q.Action)
	}
	if len(q.Actions) > 0 {
		add("action = ANY($%d)", q.Actions)
	}
	if !q.Since.IsZero() {
		add("created_at >= $%d", q.Since)
	}
	if q.Target != "" {
		add("target LIKE $%d", escapeLike(q.Target)+"%")
	}
	if q.Before > 0 {
		add("id < $%d", q.Before)
	}

	limit := q.Limit
	if limit <= 0 || limit > 500 {
		limit = 100
	}
	args = append(args, limit)

	sql := fmt.Sprintf(
		`SELECT id, org_id, actor_id, action, target, ip, created_at
		   FROM audit_events
		  WHERE %s
		  ORDER BY id DESC
		  LIMIT $%d`, strings.Join(conds, " AND "), len(args))

	rows, err := s.pool.Query(ctx, sql, args...)
	if err != nil {
		return nil, fmt.Errorf("list audit events: %w", err)
	}
	return pgx.CollectRows(rows, func(r pgx.CollectableRow) (Event, error) {
		var e Event
		err := r.Scan(&e.ID, &e.OrgID, &e.ActorID, &e.Action, &e.Target, &e.IP, &e.CreatedAt)
		return e, err
	})
}

func (s *Store) Purge(ctx context.Context, olderThan time.Duration) (int64, error) {
	tag, err := s.pool.Exec(ctx, `DELETE FROM audit_events WHERE created_at < $1`, time.Now().Add(-olderThan))
	if err != nil {
		return 0, err
	}
	return tag.RowsAffected(), nil
}
