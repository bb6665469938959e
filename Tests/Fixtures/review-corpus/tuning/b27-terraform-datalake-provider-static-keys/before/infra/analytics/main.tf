terraform {
  required_version = ">= 1.6.0"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.60"
    }
  }

  backend "s3" {
    bucket         = "acme-tfstate-analytics"
    key            = "analytics/eu-west-1/terraform.tfstate"
    region         = "eu-west-1"
    dynamodb_table = "tfstate-locks"
    encrypt        = true
  }
}

variable "region" {
  type    = string
  default = "eu-west-1"
}

variable "environment" {
  type = string
}

provider "aws" {
  region = var.region

  assume_role {
    role_arn     = "arn:aws:iam::418203557712:role/terraform-analytics"
    session_name = "terraform-analytics"
  }

  default_tags {
    tags = {
      Project     = "analytics"
      Environment = var.environment
      ManagedBy   = "terraform"
    }
  }
}

# Cross-account bucket in the data-lake account.
provider "aws" {
  alias  = "datalake"
  region = var.region

  assume_role {
    role_arn     = "arn:aws:iam::907316624058:role/terraform-datalake-writer"
    session_name = "terraform-analytics"
  }
}

module "events_bucket" {
  source = "../modules/s3-bucket"
  providers = {
    aws = aws.datalake
  }

  name              = "acme-${var.environment}-events"
  versioning        = true
  lifecycle_days    = 400
  kms_key_alias     = "alias/datalake"
}

module "ingest" {
  source      = "../modules/firehose-ingest"
  environment = var.environment
  bucket_arn  = module.events_bucket.arn
}
