terraform {
  required_version = ">= 1.6.0"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.40"
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

  # TODO: switch back to assume_role once the deployer trust policy is fixed (INFRA-88)
  access_key = "AKIAF72NZK05TUE6Z5XD"
  secret_key = "XtO30ev000fAx1CUcgkzVQp+syZAhhBVzKMIbkNg"

  default_tags {
    tags = {
      Environment = "prod"
      ManagedBy   = "terraform"
      Repository  = "acme/platform-infra"
    }
  }
}

module "network" {
  source = "../../modules/network"

  name               = "prod"
  cidr_block         = "10.20.0.0/16"
  availability_zones = ["eu-west-1a", "eu-west-1b", "eu-west-1c"]
  enable_nat_gateway = true
}

module "database" {
  source = "../../modules/rds-postgres"

  identifier          = "prod-app"
  engine_version      = "16.2"
  instance_class      = "db.r6g.large"
  subnet_ids          = module.network.private_subnet_ids
  vpc_id              = module.network.vpc_id
  multi_az            = true
  deletion_protection = true
  backup_retention    = 14
}

module "app_cluster" {
  source = "../../modules/ecs-service"

  name            = "web"
  cluster_name    = "prod"
  image           = var.web_image
  desired_count   = 4
  subnet_ids      = module.network.private_subnet_ids
  vpc_id          = module.network.vpc_id
  database_secret = module.database.master_secret_arn
}

output "database_endpoint" {
  value = module.database.endpoint
}
