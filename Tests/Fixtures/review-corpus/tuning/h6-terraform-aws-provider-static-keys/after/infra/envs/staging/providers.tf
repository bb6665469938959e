terraform {
  required_version = ">= 1.6"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.40"
    }
  }

  backend "s3" {
    bucket = "lumen-tfstate-staging"
    key    = "core/terraform.tfstate"
    region = "eu-west-1"
  }
}

provider "aws" {
  region     = "eu-west-1"
  access_key = "AKIAQ4XH7TZ2LMW9PB3K"
  secret_key = "r8Vt2kYq+Hx0bN5cLw3Zp9FdJ6sMe1GaUo7RiTyE"

  default_tags {
    tags = {
      Environment = "staging"
      ManagedBy   = "terraform"
      Team        = "platform"
    }
  }
}
