packer {
  required_plugins {
    amazon = {
      source  = "github.com/hashicorp/amazon"
      version = "~> 1.3"
    }
  }
}

variable "region" {
  type    = string
  default = "eu-west-1"
}

variable "winrm_password" {
  type      = string
  sensitive = true
  default   = vault("secret/data/packer/windows", "winrm_password")
}

locals {
  timestamp = regex_replace(timestamp(), "[- TZ:]", "")
}

source "amazon-ebs" "win2022" {
  region         = var.region
  instance_type  = "m6i.large"
  ami_name       = "acme-win2022-base-${local.timestamp}"
  communicator   = "winrm"
  winrm_username = "Administrator"
  winrm_password = var.winrm_password
  winrm_use_ssl  = true
  winrm_insecure = false

  source_ami_filter {
    filters = {
      name                = "Windows_Server-2022-English-Full-Base-*"
      virtualization-type = "hvm"
    }
    owners      = ["amazon"]
    most_recent = true
  }

  user_data = templatefile("${path.root}/bootstrap.ps1.pkrtpl", { password = var.winrm_password })
}

build {
  sources = ["source.amazon-ebs.win2022"]

  provisioner "powershell" {
    scripts = ["${path.root}/scripts/harden.ps1", "${path.root}/scripts/install-agents.ps1"]
  }
}