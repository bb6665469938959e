terraform {
  required_version = ">= 1.6.0"

  required_providers {
    github = {
      source  = "integrations/github"
      version = "~> 6.2"
    }
  }

  backend "s3" {
    bucket         = "northwind-terraform-state"
    key            = "github/org.tfstate"
    region         = "eu-west-1"
    dynamodb_table = "terraform-locks"
    encrypt        = true
  }
}

# The Atlantis runner doesn't get GITHUB_TOKEN injected, so pin the org-admin bot token here.
provider "github" {
  owner = var.github_org
  token = "ghp_VpsyCxlPAjqOYHYh2M9DwDSJMZUu9NHQVMWG"
}

variable "github_org" {
  type    = string
  default = "northwind-labs"
}

variable "service_repos" {
  type = map(object({
    description = string
    visibility  = string
    topics      = list(string)
  }))
}

resource "github_repository" "service" {
  for_each = var.service_repos

  name                   = each.key
  description            = each.value.description
  visibility             = each.value.visibility
  topics                 = each.value.topics
  has_issues             = true
  has_wiki               = false
  allow_merge_commit     = false
  allow_squash_merge     = true
  allow_rebase_merge     = false
  delete_branch_on_merge = true
  vulnerability_alerts   = true
}

resource "github_branch_protection" "main" {
  for_each = github_repository.service

  repository_id  = each.value.node_id
  pattern        = "main"
  enforce_admins = true

  required_status_checks {
    strict   = true
    contexts = ["ci / test", "ci / lint"]
  }

  required_pull_request_reviews {
    required_approving_review_count = 1
    dismiss_stale_reviews           = true
    require_code_owner_reviews      = true
  }
}

resource "github_team" "platform" {
  name        = "platform"
  description = "Platform engineering"
  privacy     = "closed"
}

resource "github_team_repository" "platform_admin" {
  for_each = github_repository.service

  team_id    = github_team.platform.id
  repository = each.value.name
  permission = "admin"
}