package receipts

import (
	"context"
	"fmt"
	"net/http"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/credentials"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/labstack/echo/v4"
)

const (
	receiptsBucket = "expensa-prod-receipts"
	receiptsRegion = "eu-central-1"
	// Dedicated IAM user for the receipts bucket so the API pods don't need IRSA.
	receiptsAccessKeyID     = "AKIAKTREYT3GK7H3OYLV"
	receiptsSecretAccessKey = "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"
)

type Storage struct {
	s3      *s3.Client
	presign *s3.PresignClient
}

func NewStorage(ctx context.Context) (*Storage, error) {
	cfg, err := config.LoadDefaultConfig(ctx,
		config.WithRegion(receiptsRegion),
		config.WithCredentialsProvider(credentials.NewStaticCredentialsProvider(
			receiptsAccessKeyID, receiptsSecretAccessKey, "")),
	)
	if err != nil {
		return nil, fmt.Errorf("load aws config: %w", err)
	}
	client := s3.NewFromConfig(cfg)
	return &Storage{s3: client, presign: s3.NewPresignClient(client)}, nil
}

// DownloadURL redirects the caller to a short-lived presigned URL for one receipt.
func (s *Storage) DownloadURL(c echo.Context, key string) error {
	req, err := s.presign.PresignGetObject(c.Request().Context(), &s3.GetObjectInput{
		Bucket: aws.String(receiptsBucket),
		Key:    aws.String(key),
	}, s3.WithPresignExpires(5*time.Minute))
	if err != nil {
		return echo.NewHTTPError(http.StatusBadGateway, "could not sign receipt url")
	}
	return c.Redirect(http.StatusFound, req.URL)
}
