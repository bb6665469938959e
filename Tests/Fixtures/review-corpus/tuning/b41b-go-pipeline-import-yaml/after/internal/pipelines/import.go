package pipelines

import (
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"mime"
	"net/http"

	"gopkg.in/yaml.v3"
)

const maxSpecBytes = 256 << 10

type Step struct {
	Name    string            `json:"name" yaml:"name"`
	Image   string            `json:"image" yaml:"image"`
	Command []string          `json:"command" yaml:"command"`
	Env     map[string]string `json:"env,omitempty" yaml:"env,omitempty"`
}

type PipelineSpec struct {
	Name    string `json:"name" yaml:"name"`
	Trigger string `json:"trigger" yaml:"trigger"`
	Steps   []Step `json:"steps" yaml:"steps"`
}

type ImportHandler struct {
	Store  *Store
	Logger *slog.Logger
}

// decodeSpec picks the decoder from Content-Type; most people paste the same
// YAML they keep in .ci/pipeline.yml, so accept that alongside JSON.
func decodeSpec(r *http.Request, body io.Reader, spec *PipelineSpec) error {
	mt, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	switch mt {
	case "application/yaml", "application/x-yaml", "text/yaml":
		dec := yaml.NewDecoder(body)
		dec.KnownFields(true)
		return dec.Decode(spec)
	default:
		dec := json.NewDecoder(body)
		dec.DisallowUnknownFields()
		return dec.Decode(spec)
	}
}

// ServeHTTP handles POST /api/projects/{project}/pipelines/import.
func (h *ImportHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	project := r.PathValue("project")
	r.Body = http.MaxBytesReader(w, r.Body, maxSpecBytes)

	var spec PipelineSpec
	if err := decodeSpec(r, r.Body, &spec); err != nil {
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
