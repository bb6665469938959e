terraform {
  required_version = ">= 1.6.0"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.40"
    }
    cloudflare = {
      source  = "cloudflare/cloudflare"
      version = "~> 4.26"
    }
  }

  backend "s3" {
    bucket         = "acme-terraform-state-prod"
    key            = "platform/prod/terraform.tfstate"
    region         = "eu-west-1"
    dynamodb_table = "terraform-locks"
    encrypt        = true
  }
}

provider "aws" {
  region = var.region

  assume_role {
    role_arn     = "arn:aws:iam::${var.workload_account_id}:role/terraform-deployer"
    session_name = "terraform-prod"
  }

  default_tags {
    tags = {
      Environment = "prod"
      ManagedBy   = "terraform"
      Repository  = "acme/platform-infra"
    }
  }
}

provider "aws" {
  alias  = "us_east_1"
  region = "us-east-1"

  assume_role {
    role_arn     = "arn:aws:iam::${var.workload_account_id}:role/terraform-deployer"
    session_name = "terraform-prod-us-east-1"
  }
}

provider "cloudflare" {
  # Token comes from CLOUDFLARE_API_TOKEN in the CI environment.
}
