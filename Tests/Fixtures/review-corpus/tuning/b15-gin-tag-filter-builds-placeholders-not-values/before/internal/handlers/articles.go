package handlers

import (
	"fmt"
	"net/http"
	"strings"

	"github.com/gin-gonic/gin"
	"github.com/jmoiron/sqlx"
)

type ArticlesHandler struct{ DB *sqlx.DB }

type article struct {
	ID    int64  `db:"id" json:"id"`
	Title string `db:"title" json:"title"`
	Tag   string `db:"tag" json:"tag"`
}

// inClause returns "($2,$3,...)" for n values, starting at placeholder index start.
func inClause(start, n int) string {
	ph := make([]string, n)
	for i := range ph {
		ph[i] = fmt.Sprintf("$%d", start+i)
	}
	return "(" + strings.Join(ph, ",") + ")"
}

func (h *ArticlesHandler) List(c *gin.Context) {
	siteID := c.GetInt64("site_id")
	query := "SELECT id, title, tag FROM articles WHERE site_id = $1"
	args := []interface{}{siteID}
	query += " ORDER BY published_at DESC LIMIT 50"

	var out []article
	if err := h.DB.SelectContext(c.Request.Context(), &out, query, args...); err != nil {
		c.JSON(http.StatusInternalServerError, gin.H{"error": "query failed"})
		return
	}
	c.JSON(http.StatusOK, out)
}