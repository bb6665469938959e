package account

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"
	"net/http"
	"net/mail"
	"strings"
	"time"
)

const saltBytes = 16

var ErrInvalidCredentials = errors.New("invalid email or password")

type Service struct {
	DB *sql.DB
}

func newSalt() (string, error) {
	b := make([]byte, saltBytes)
	if _, err := rand.Read(b); err != nil {
		return "", err
	}
	return hex.EncodeToString(b), nil
}

func hashPassword(salt, password string) string {
	sum := sha256.Sum256([]byte(salt + password))
	return hex.EncodeToString(sum[:])
}

func (s *Service) Register(ctx context.Context, email, password string) (int64, error) {
	salt, err := newSalt()
	if err != nil {
		return 0, err
	}
	var id int64
	err = s.DB.QueryRowContext(ctx,
		`INSERT INTO accounts (email, password_salt, password_hash, created_at)
		 VALUES ($1, $2, $3, $4) RETURNING id`,
		strings.ToLower(email), salt, hashPassword(salt, password), time.Now().UTC(),
	).Scan(&id)
	return id, err
}

func (s *Service) Authenticate(ctx context.Context, email, password string) (int64, error) {
	var (
		id         int64
		salt, hash string
	)
	err := s.DB.QueryRowContext(ctx,
		`SELECT id, password_salt, password_hash FROM accounts WHERE email = $1 AND disabled_at IS NULL`,
		strings.ToLower(email),
	).Scan(&id, &salt, &hash)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, ErrInvalidCredentials
	}
	if err != nil {
		return 0, err
	}
	if subtle.ConstantTimeCompare([]byte(hashPassword(salt, password)), []byte(hash)) != 1 {
		return 0, ErrInvalidCredentials
	}
	return id, nil
}

type signupRequest struct {
	Email    string `json:"email"`
	Password string `json:"password"`
}

// SignupHandler handles POST /api/signup.
func (s *Service) SignupHandler(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		w.WriteHeader(http.StatusMethodNotAllowed)
		return
	}
	var req signupRequest
	if err := json.NewDecoder(http.MaxBytesReader(w, r.Body, 4096)).Decode(&req); err != nil {
		http.Error(w, "invalid body", http.StatusBadRequest)
		return
	}
	if _, err := mail.ParseAddress(req.Email); err != nil {
		http.Error(w, "invalid email", http.StatusUnprocessableEntity)
		return
	}
	if len(req.Password) < 10 {
		http.Error(w, "password must be at least 10 characters", http.StatusUnprocessableEntity)
		return
	}
	id, err := s.Register(r.Context(), req.Email, req.Password)
	if err != nil {
		http.Error(w, "could not create account", http.StatusConflict)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusCreated)
	_ = json.NewEncoder(w).Encode(map[string]int64{"id": id})
}