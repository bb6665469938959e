variable "environment" {
  type = string
}

variable "vpc_id" {
  type = string
}

variable "primary_db_identifier" {
  type        = string
  description = "Identifier of the primary orders database the replica follows."
}

variable "app_security_group_ids" {
  type        = list(string)
  description = "Security groups allowed to query the reporting replica."
}

variable "bi_client_cidrs" {
  type        = list(string)
  description = "Egress ranges of the hosted BI tool that connects straight to the replica. Narrow once the vendor publishes its IPs."
  default     = ["0.0.0.0/0"]
}

resource "aws_security_group" "reporting_db" {
  name        = "reporting-db-${var.environment}"
  description = "Reporting read replica"
  vpc_id      = var.vpc_id
}

resource "aws_security_group_rule" "reporting_from_app" {
  for_each = toset(var.app_security_group_ids)

  type                     = "ingress"
  from_port                = 5432
  to_port                  = 5432
  protocol                 = "tcp"
  security_group_id        = aws_security_group.reporting_db.id
  source_security_group_id = each.value
}

resource "aws_security_group_rule" "reporting_from_bi" {
  type              = "ingress"
  from_port         = 5432
  to_port           = 5432
  protocol          = "tcp"
  security_group_id = aws_security_group.reporting_db.id
  cidr_blocks       = var.bi_client_cidrs
  description       = "Hosted BI (Metabase Cloud)"
}

resource "aws_db_instance" "reporting_replica" {
  identifier             = "reporting-${var.environment}"
  replicate_source_db    = var.primary_db_identifier
  instance_class         = "db.r6g.large"
  publicly_accessible    = length(var.bi_client_cidrs) > 0
  vpc_security_group_ids = [aws_security_group.reporting_db.id]
  storage_encrypted      = true
  skip_final_snapshot    = true

  tags = {
    Team = "data-platform"
  }
}
