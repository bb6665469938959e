package pipelines

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"net/http"
	"regexp"
	"time"

	"github.com/gin-gonic/gin"
	"gopkg.in/yaml.v3"
)

const maxDefinitionBytes = 256 << 10

var (
	stepNameRe = regexp.MustCompile(`^[a-z][a-z0-9-]{0,40}$`)
	knownKinds = map[string]bool{"extract": true, "transform": true, "load": true, "notify": true}
)

// Definition is the on-disk / uploaded pipeline format (pipeline.yaml).
type Definition struct {
	Version  int           `yaml:"version"`
	Name     string        `yaml:"name"`
	Schedule string        `yaml:"schedule"`
	Timeout  time.Duration `yaml:"timeout"`
	Steps    []Step        `yaml:"steps"`
}

type Step struct {
	Name      string            `yaml:"name"`
	Kind      string            `yaml:"kind"`
	DependsOn []string          `yaml:"depends_on"`
	Params    map[string]string `yaml:"params"`
}

func (d *Definition) validate() error {
	if d.Version != 1 {
		return fmt.Errorf("unsupported version %d", d.Version)
	}
	if d.Name == "" || len(d.Name) > 80 {
		return errors.New("name is required (max 80 chars)")
	}
	if len(d.Steps) == 0 || len(d.Steps) > 50 {
		return errors.New("between 1 and 50 steps required")
	}
	seen := map[string]bool{}
	for _, s := range d.Steps {
		if !stepNameRe.MatchString(s.Name) {
			return fmt.Errorf("step %q: invalid name", s.Name)
		}
		if !knownKinds[s.Kind] {
			return fmt.Errorf("step %q: unknown kind %q", s.Name, s.Kind)
		}
		for _, dep := range s.DependsOn {
			if !seen[dep] {
				return fmt.Errorf("step %q depends on %q, which is not defined earlier", s.Name, dep)
			}
		}
		seen[s.Name] = true
	}
	return nil
}

// Import accepts a pipeline.yaml upload and stores it as a draft for the caller's workspace.
func (h *Handler) Import(c *gin.Context) {
	c.Request.Body = http.MaxBytesReader(c.Writer, c.Request.Body, maxDefinitionBytes)
	raw, err := io.ReadAll(c.Request.Body)
	if err != nil {
		c.AbortWithStatusJSON(http.StatusRequestEntityTooLarge, gin.H{"error": "definition too large"})
		return
	}

	var def Definition
	dec := yaml.NewDecoder(bytes.NewReader(raw))
	dec.KnownFields(true)
	if err := dec.Decode(&def); err != nil {
		c.AbortWithStatusJSON(http.StatusBadRequest, gin.H{"error": "invalid yaml: " + err.Error()})
		return
	}
	if err := def.validate(); err != nil {
		c.AbortWithStatusJSON(http.StatusUnprocessableEntity, gin.H{"error": err.Error()})
		return
	}

	ws := c.GetString("workspace_id")
	id, err := h.store.SaveDraft(c.Request.Context(), ws, def, raw)
	if err != nil {
		_ = c.Error(err)
		c.AbortWithStatusJSON(http.StatusInternalServerError, gin.H{"error": "could not save pipeline"})
		return
	}
	c.JSON(http.StatusCreated, gin.H{"id": id, "name": def.Name, "steps": len(def.Steps)})
}
