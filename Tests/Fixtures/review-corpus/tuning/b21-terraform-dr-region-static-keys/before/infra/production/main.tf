terraform {
  required_version = ">= 1.5.0"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.40"
    }
    cloudflare = {
      source  = "cloudflare/cloudflare"
      version = "~> 4.25"
    }
  }

  backend "s3" {
    bucket         = "ledgerline-terraform-state"
    key            = "platform/production.tfstate"
    region         = "eu-west-1"
    dynamodb_table = "terraform-locks"
    encrypt        = true
  }
}

provider "aws" {
  region = var.primary_region

  assume_role {
    role_arn     = "arn:aws:iam::${var.account_id}:role/terraform-deployer"
    session_name = "terraform-${var.environment}"
  }

  default_tags {
    tags = {
      Environment = var.environment
      ManagedBy   = "terraform"
      Repository  = "ledgerline/platform-infra"
    }
  }
}

provider "aws" {
  alias  = "us_east_1"
  region = "us-east-1"

  assume_role {
    role_arn     = "arn:aws:iam::${var.account_id}:role/terraform-deployer"
    session_name = "terraform-${var.environment}-acm"
  }
}

provider "cloudflare" {
  # Read from CLOUDFLARE_API_TOKEN in the pipeline environment.
}

module "network" {
  source = "./modules/network"

  environment = var.environment
  cidr_block  = var.vpc_cidr
}

module "database" {
  source = "./modules/database"

  environment        = var.environment
  subnet_ids         = module.network.private_subnet_ids
  instance_class     = var.db_instance_class
  multi_az           = true
  backup_window      = "02:00-03:00"
  maintenance_window = "sun:03:30-sun:04:30"
}
