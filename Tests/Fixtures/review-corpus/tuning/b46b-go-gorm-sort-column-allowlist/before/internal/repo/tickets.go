package repo

import (
	"context"

	"gorm.io/gorm"
)

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
	var out []Ticket
	err := q.Order("created_at DESC").Limit(200).Find(&out).Error
	return out, err
}
