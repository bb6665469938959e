package pipelines

import (
	"encoding/json"
	"errors"
	"log/slog"
	"net/http"
)

const maxSpecBytes = 256 << 10

type Step struct {
	Name    string            `json:"name"`
	Image   string            `json:"image"`
	Command []string          `json:"command"`
	Env     map[string]string `json:"env,omitempty"`
}

type PipelineSpec struct {
	Name    string `json:"name"`
	Trigger string `json:"trigger"`
	Steps   []Step `json:"steps"`
}

type ImportHandler struct {
	Store  *Store
	Logger *slog.Logger
}

// ServeHTTP handles POST /api/projects/{project}/pipelines/import.
func (h *ImportHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	project := r.PathValue("project")
	r.Body = http.MaxBytesReader(w, r.Body, maxSpecBytes)

	var spec PipelineSpec
	dec := json.NewDecoder(r.Body)
	dec.DisallowUnknownFields()
	if err := dec.Decode(&spec); err != nil {
		http.Error(w, "invalid pipeline definition: "+err.Error(), http.StatusBadRequest)
		return
	}
	if err := spec.Validate(); err != nil {
		http.Error(w, err.Error(), http.StatusUnprocessableEntity)
		return
	}

	id, err := h.Store.Save(r.Context(), project, spec)
	if errors.Is(err, ErrDuplicateName) {
		http.Error(w, "pipeline name already exists", http.StatusConflict)
		return
	} else if err != nil {
		h.Logger.Error("save pipeline", "project", project, "err", err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Location", "/api/projects/"+project+"/pipelines/"+id)
	w.WriteHeader(http.StatusCreated)
}
