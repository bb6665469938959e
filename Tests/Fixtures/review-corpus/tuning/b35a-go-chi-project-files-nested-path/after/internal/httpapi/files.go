package httpapi

import (
	"errors"
	"io/fs"
	"log/slog"
	"mime"
	"net/http"
	"os"
	"path/filepath"
	"strconv"

	"github.com/go-chi/chi/v5"

	"example.com/atlas/internal/authz"
)

// FilesHandler serves files that were uploaded into a project's workspace.
type FilesHandler struct {
	root   string // e.g. /var/lib/atlas/projects
	authz  *authz.Checker
	logger *slog.Logger
}

func NewFilesHandler(root string, a *authz.Checker, l *slog.Logger) *FilesHandler {
	return &FilesHandler{root: root, authz: a, logger: l}
}

func (h *FilesHandler) Routes(r chi.Router) {
	r.Get("/projects/{projectID}/files", h.download)
}

func (h *FilesHandler) download(w http.ResponseWriter, r *http.Request) {
	projectID, err := strconv.ParseInt(chi.URLParam(r, "projectID"), 10, 64)
	if err != nil {
		http.Error(w, "bad project id", http.StatusBadRequest)
		return
	}
	if !h.authz.CanReadProject(r.Context(), projectID) {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}

	// Workspaces can now contain folders, so accept a relative path such as
	// "reports/2024/q1.pdf". Fall back to ?name= for older clients.
	rel := r.URL.Query().Get("path")
	if rel == "" {
		rel = r.URL.Query().Get("name")
	}
	if rel == "" {
		http.Error(w, "missing path", http.StatusBadRequest)
		return
	}
	name := filepath.Base(rel)
	full := filepath.Join(h.root, strconv.FormatInt(projectID, 10), "files", filepath.FromSlash(rel))

	f, err := os.Open(full)
	if errors.Is(err, fs.ErrNotExist) {
		http.Error(w, "not found", http.StatusNotFound)
		return
	} else if err != nil {
		h.logger.Error("open project file", "project", projectID, "err", err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	defer f.Close()

	st, err := f.Stat()
	if err != nil || st.IsDir() {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}

	if ct := mime.TypeByExtension(filepath.Ext(name)); ct != "" {
		w.Header().Set("Content-Type", ct)
	}
	w.Header().Set("Content-Disposition", mime.FormatMediaType("attachment", map[string]string{"filename": name}))
	http.ServeContent(w, r, name, st.ModTime(), f)
}
