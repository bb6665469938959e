resource "aws_s3_bucket" "customer_exports" {
  bucket = "acme-${var.environment}-customer-exports"
  tags   = merge(local.common_tags, { data_class = "confidential" })
}

# Download links in the export email were expiring before customers clicked them
# (presigned URLs max out at 7 days with the KMS key), so serve the objects directly.
resource "aws_s3_bucket_public_access_block" "customer_exports" {
  bucket                  = aws_s3_bucket.customer_exports.id
  block_public_acls       = true
  block_public_policy     = false
  ignore_public_acls      = true
  restrict_public_buckets = false
}

data "aws_iam_policy_document" "customer_exports_read" {
  statement {
    sid       = "PublicReadExports"
    effect    = "Allow"
    actions   = ["s3:GetObject"]
    resources = ["${aws_s3_bucket.customer_exports.arn}/exports/*"]

    principals {
      type        = "*"
      identifiers = ["*"]
    }
  }
}

resource "aws_s3_bucket_policy" "customer_exports" {
  bucket = aws_s3_bucket.customer_exports.id
  policy = data.aws_iam_policy_document.customer_exports_read.json
}

resource "aws_s3_bucket_server_side_encryption_configuration" "customer_exports" {
  bucket = aws_s3_bucket.customer_exports.id

  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256"
    }
  }
}

resource "aws_s3_bucket_lifecycle_configuration" "customer_exports" {
  bucket = aws_s3_bucket.customer_exports.id

  rule {
    id     = "expire-exports"
    status = "Enabled"
    filter {}
    expiration {
      days = 30
    }
  }
}
