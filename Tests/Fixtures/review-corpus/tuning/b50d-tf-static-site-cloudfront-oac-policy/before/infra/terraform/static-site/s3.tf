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
