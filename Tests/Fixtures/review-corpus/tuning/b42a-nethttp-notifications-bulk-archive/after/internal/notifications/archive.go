package notifications

import (
	"database/sql"
	"encoding/json"
	"fmt"
	"log/slog"
	"net/http"
	"strconv"
	"strings"
)

const maxArchiveBatch = 500

type archiveRequest struct {
	IDs []int64 `json:"ids"`
}

type Service struct {
	DB  *sql.DB
	Log *slog.Logger
}

// inClause returns "$start,$start+1,..." for n bind parameters.
func inClause(start, n int) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteByte('$')
		b.WriteString(strconv.Itoa(start + i))
	}
	return b.String()
}

// Archive handles POST /api/notifications/archive.
// One statement per request instead of one per ID: "archive all" on a busy
// inbox was issuing hundreds of round trips.
func (s *Service) Archive(w http.ResponseWriter, r *http.Request) {
	userID := UserIDFrom(r.Context())

	var req archiveRequest
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil || len(req.IDs) == 0 {
		http.Error(w, "ids required", http.StatusBadRequest)
		return
	}
	if len(req.IDs) > maxArchiveBatch {
		http.Error(w, fmt.Sprintf("at most %d ids per request", maxArchiveBatch), http.StatusBadRequest)
		return
	}

	args := make([]any, 0, len(req.IDs)+1)
	args = append(args, userID)
	for _, id := range req.IDs {
		args = append(args, id)
	}
	query := fmt.Sprintf(
		`UPDATE notifications SET archived_at = now()
		 WHERE user_id = $1 AND archived_at IS NULL AND id IN (%s)`,
		inClause(2, len(req.IDs)))

	res, err := s.DB.ExecContext(r.Context(), query, args...)
	if err != nil {
		s.Log.Error("archive notifications", "count", len(req.IDs), "err", err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	archived, _ := res.RowsAffected()

	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(map[string]int64{"archived": archived})
}
