package migrations

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/pressly/goose/v3"
)

// Tables that gain a tenant_id column. The list is fixed at compile time.
var tenantScopedTables = []string{
	"projects",
	"environments",
	"deploy_keys",
	"release_notes",
}

func init() {
	goose.AddMigrationContext(upAddTenantID, downAddTenantID)
}

func upAddTenantID(ctx context.Context, tx *sql.Tx) error {
	for _, table := range tenantScopedTables {
		stmts := []string{
			fmt.Sprintf(`ALTER TABLE %s ADD COLUMN tenant_id BIGINT`, table),
			fmt.Sprintf(`UPDATE %s SET tenant_id = $1 WHERE tenant_id IS NULL`, table),
			fmt.Sprintf(`ALTER TABLE %s ALTER COLUMN tenant_id SET NOT NULL`, table),
			fmt.Sprintf(`CREATE INDEX %s_tenant_id_idx ON %s (tenant_id)`, table, table),
		}
		for i, stmt := range stmts {
			var err error
			if i == 1 {
				_, err = tx.ExecContext(ctx, stmt, defaultTenantID)
			} else {
				_, err = tx.ExecContext(ctx, stmt)
			}
			if err != nil {
				return fmt.Errorf("%s: %w", table, err)
			}
		}
	}
	return nil
}

func downAddTenantID(ctx context.Context, tx *sql.Tx) error {
	for _, table := range tenantScopedTables {
		if _, err := tx.ExecContext(ctx, fmt.Sprintf(`ALTER TABLE %s DROP COLUMN tenant_id`, table)); err != nil {
			return fmt.Errorf("%s: %w", table, err)
		}
	}
	return nil
}

const defaultTenantID = 1