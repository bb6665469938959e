terraform {
  required_version = ">= 1.6.0"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.40"
    }
    random = {
      source  = "hashicorp/random"
      version = "~> 3.6"
    }
  }

  backend "s3" {
    bucket         = "acme-tf-state-prod"
    key            = "platform/prod/terraform.tfstate"
    region         = "eu-west-1"
    dynamodb_table = "acme-tf-locks"
    encrypt        = true
  }
}

variable "region" {
  type    = string
  default = "eu-west-1"
}

variable "deploy_role_arn" {
  type        = string
  description = "Role assumed by CI to apply this stack."
}

locals {
  common_tags = {
    Environment = "prod"
    ManagedBy   = "terraform"
    Repository  = "acme/platform-infra"
  }
}

provider "aws" {
  region = var.region

  assume_role {
    role_arn     = var.deploy_role_arn
    session_name = "terraform-prod"
  }

  default_tags {
    tags = local.common_tags
  }
}

# ACM certificates for CloudFront must live in us-east-1.
provider "aws" {
  alias  = "us_east_1"
  region = "us-east-1"

  assume_role {
    role_arn     = var.deploy_role_arn
    session_name = "terraform-prod-us-east-1"
  }

  default_tags {
    tags = local.common_tags
  }
}

data "aws_caller_identity" "current" {}

data "aws_region" "current" {}

output "account_id" {
  value = data.aws_caller_identity.current.account_id
}
