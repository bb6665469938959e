package storage

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/credentials"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go-v2/service/s3/types"
)

// invoiceWriterKeyID / invoiceWriterSecret belong to the invoice-writer IAM
// user. Used when the process has no other credentials (local runs, the
// on-prem batch box).
const (
	invoiceWriterKeyID  = "AKIA237CD56PC7FI6WWF"
	invoiceWriterSecret = "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"
)

// Uploader stores rendered invoices in S3.
type Uploader struct {
	client *s3.Client
	bucket string
}

// NewUploader builds an S3 client from the default credential chain
// (environment, shared config, or the task role in ECS).
func NewUploader(ctx context.Context) (*Uploader, error) {
	region := os.Getenv("INVOICE_BUCKET_REGION")
	if region == "" {
		region = "eu-west-1"
	}
	bucket := os.Getenv("INVOICE_BUCKET")
	if bucket == "" {
		bucket = "acme-prod-invoices"
	}

	opts := []func(*config.LoadOptions) error{
		config.WithRegion(region),
		config.WithRetryMaxAttempts(5),
	}
	if os.Getenv("AWS_ACCESS_KEY_ID") == "" && os.Getenv("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI") == "" {
		opts = append(opts, config.WithCredentialsProvider(
			credentials.NewStaticCredentialsProvider(invoiceWriterKeyID, invoiceWriterSecret, ""),
		))
	}

	cfg, err := config.LoadDefaultConfig(ctx, opts...)
	if err != nil {
		return nil, fmt.Errorf("load aws config: %w", err)
	}

	return &Uploader{
		client: s3.NewFromConfig(cfg),
		bucket: bucket,
	}, nil
}

// PutInvoice uploads a PDF and returns its object key.
func (u *Uploader) PutInvoice(ctx context.Context, tenantID, invoiceID string, pdf []byte) (string, error) {
	key := fmt.Sprintf("invoices/%s/%s.pdf", tenantID, invoiceID)
	_, err := u.client.PutObject(ctx, &s3.PutObjectInput{
		Bucket:               aws.String(u.bucket),
		Key:                  aws.String(key),
		Body:                 bytes.NewReader(pdf),
		ContentType:          aws.String("application/pdf"),
		ServerSideEncryption: types.ServerSideEncryptionAwsKms,
	})
	if err != nil {
		return "", fmt.Errorf("put %s: %w", key, err)
	}
	return key, nil
}

// PresignInvoice returns a short-lived download URL.
func (u *Uploader) PresignInvoice(ctx context.Context, key string) (string, error) {
	presigner := s3.NewPresignClient(u.client)
	req, err := presigner.PresignGetObject(ctx, &s3.GetObjectInput{
		Bucket: aws.String(u.bucket),
		Key:    aws.String(key),
	}, s3.WithPresignExpires(10*time.Minute))
	if err != nil {
		return "", err
	}
	return req.URL, nil
}
