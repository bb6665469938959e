resource "aws_s3_bucket" "docs_site" {
  bucket = "northwind-docs-site-${var.environment}"
}

resource "aws_s3_bucket_public_access_block" "docs_site" {
  bucket = aws_s3_bucket.docs_site.id

  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_ownership_controls" "docs_site" {
  bucket = aws_s3_bucket.docs_site.id

  rule {
    object_ownership = "BucketOwnerEnforced"
  }
}

resource "aws_s3_bucket_versioning" "docs_site" {
  bucket = aws_s3_bucket.docs_site.id

  versioning_configuration {
    status = "Enabled"
  }
}

# Only our CloudFront distribution (via OAC) may read objects.
data "aws_iam_policy_document" "docs_site_cloudfront" {
  statement {
    sid       = "AllowCloudFrontOAC"
    actions   = ["s3:GetObject"]
    resources = ["${aws_s3_bucket.docs_site.arn}/*"]

    principals {
      type        = "Service"
      identifiers = ["cloudfront.amazonaws.com"]
    }

    condition {
      test     = "StringEquals"
      variable = "AWS:SourceArn"
      values   = [aws_cloudfront_distribution.docs_site.arn]
    }
  }
}

resource "aws_s3_bucket_policy" "docs_site" {
  bucket = aws_s3_bucket.docs_site.id
  policy = data.aws_iam_policy_document.docs_site_cloudfront.json
}
