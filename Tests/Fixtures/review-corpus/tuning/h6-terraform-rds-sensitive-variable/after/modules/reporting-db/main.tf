variable "identifier" {
  type = string
}

variable "master_username" {
  type    = string
  default = "reporting_admin"
}

variable "master_password" {
  description = "Supplied by the pipeline from Vault (TF_VAR_master_password)."
  type        = string
  sensitive   = true
}

variable "subnet_ids" {
  type = list(string)
}

resource "aws_db_subnet_group" "this" {
  name       = "${var.identifier}-subnets"
  subnet_ids = var.subnet_ids
}

resource "aws_db_instance" "this" {
  identifier              = var.identifier
  engine                  = "postgres"
  engine_version          = "16.3"
  instance_class          = "db.t4g.medium"
  allocated_storage       = 50
  storage_encrypted       = true
  username                = var.master_username
  password                = var.master_password
  db_subnet_group_name    = aws_db_subnet_group.this.name
  backup_retention_period = 7
  deletion_protection     = true
  skip_final_snapshot     = false
  final_snapshot_identifier = "${var.identifier}-final"
}

output "endpoint" {
  value = aws_db_instance.this.endpoint
}
