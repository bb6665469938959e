package repo

import (
	"context"

	"gorm.io/gorm"
	"gorm.io/gorm/clause"
)

var ticketSortColumns = map[string]string{
	"created":  "created_at",
	"updated":  "updated_at",
	"priority": "priority",
	"due":      "due_date",
}

type TicketRepo struct{ db *gorm.DB }

type ListParams struct {
	ProjectID uint
	Status    string
	SortBy    string // from ?sort=
	Desc      bool
}

func (r *TicketRepo) List(ctx context.Context, p ListParams) ([]Ticket, error) {
	q := r.db.WithContext(ctx).Where("project_id = ?", p.ProjectID)
	if p.Status != "" {
		q = q.Where("status = ?", p.Status)
	}
	col, ok := ticketSortColumns[p.SortBy]
	if !ok {
		col = "created_at"
	}
	var out []Ticket
	err := q.Order(clause.OrderByColumn{Column: clause.Column{Name: col}, Desc: p.Desc}).
		Limit(200).Find(&out).Error
	return out, err
}
