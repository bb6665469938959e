terraform {
  required_version = ">= 1.6.0"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.40"
    }
  }

  backend "s3" {
    bucket         = "acme-terraform-state"
    key            = "staging/main.tfstate"
    region         = "eu-west-1"
    dynamodb_table = "acme-terraform-locks"
    encrypt        = true
  }
}

locals {
  env  = "staging"
  tags = {
    Environment = local.env
    ManagedBy   = "terraform"
    Repo        = "acme/platform-infra"
  }
}

provider "aws" {
  region = "eu-west-1"

  # The self-hosted runner can't assume the terraform-staging role yet (INFRA-219),
  # so use the staging deployer user directly until that's sorted.
  access_key = "AKIA2V6ZB3WR0633VJH2"
  secret_key = "6p1GrKds2fGY/OeslukpiCxU6BizAcDOPgcRfRtp"

  default_tags {
    tags = local.tags
  }
}

module "network" {
  source = "../../modules/network"

  name            = "acme-${local.env}"
  cidr_block      = "10.40.0.0/16"
  azs             = ["eu-west-1a", "eu-west-1b", "eu-west-1c"]
  private_subnets = ["10.40.1.0/24", "10.40.2.0/24", "10.40.3.0/24"]
  public_subnets  = ["10.40.101.0/24", "10.40.102.0/24", "10.40.103.0/24"]
}

module "database" {
  source = "../../modules/postgres"

  identifier        = "acme-${local.env}"
  instance_class    = "db.t4g.medium"
  allocated_storage = 50
  vpc_id            = module.network.vpc_id
  subnet_ids        = module.network.private_subnet_ids
  allowed_sg_ids    = [module.app.security_group_id]
}

module "app" {
  source = "../../modules/ecs-service"

  name          = "web"
  env           = local.env
  cluster_name  = "acme-${local.env}"
  image         = var.web_image
  desired_count = 2
  vpc_id        = module.network.vpc_id
  subnet_ids    = module.network.private_subnet_ids
  db_secret_arn = module.database.master_secret_arn
}
