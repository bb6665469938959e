package notifications

import (
	"database/sql"
	"encoding/json"
	"log/slog"
	"net/http"
)

type archiveRequest struct {
	IDs []int64 `json:"ids"`
}

type Service struct {
	DB  *sql.DB
	Log *slog.Logger
}

// Archive handles POST /api/notifications/archive.
func (s *Service) Archive(w http.ResponseWriter, r *http.Request) {
	userID := UserIDFrom(r.Context())

	var req archiveRequest
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil || len(req.IDs) == 0 {
		http.Error(w, "ids required", http.StatusBadRequest)
		return
	}

	var archived int64
	for _, id := range req.IDs {
		res, err := s.DB.ExecContext(r.Context(),
			`UPDATE notifications SET archived_at = now() WHERE user_id = $1 AND id = $2 AND archived_at IS NULL`,
			userID, id)
		if err != nil {
			s.Log.Error("archive notification", "id", id, "err", err)
			http.Error(w, "internal error", http.StatusInternalServerError)
			return
		}
		n, _ := res.RowsAffected()
		archived += n
	}

	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(map[string]int64{"archived": archived})
}
