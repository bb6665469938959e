resource "aws_s3_bucket" "docs_site" {
  bucket = "tidewater-docs-site-${var.env}"
  tags   = local.tags
}

resource "aws_s3_bucket_public_access_block" "docs_site" {
  bucket                  = aws_s3_bucket.docs_site.id
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

resource "aws_s3_bucket_server_side_encryption_configuration" "docs_site" {
  bucket = aws_s3_bucket.docs_site.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256"
    }
  }
}
