variable "bi_allowed_cidrs" {
  description = "Source ranges for the BI vendor's connectors. Narrow once they publish static egress IPs (DATA-311)."
  type        = list(string)
  default     = ["0.0.0.0/0"]
}

resource "aws_security_group" "reporting_db" {
  name        = "reporting-db"
  description = "Reporting Postgres replica"
  vpc_id      = var.vpc_id

  ingress {
    description     = "Postgres from reporting workers"
    from_port       = 5432
    to_port         = 5432
    protocol        = "tcp"
    security_groups = [aws_security_group.reporting_workers.id]
  }

  ingress {
    description = "Postgres from BI vendor connectors"
    from_port   = 5432
    to_port     = 5432
    protocol    = "tcp"
    cidr_blocks = var.bi_allowed_cidrs
  }

  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }

  tags = local.tags
}

resource "aws_db_instance" "reporting" {
  identifier              = "reporting-${var.env}"
  engine                  = "postgres"
  engine_version          = "15.5"
  instance_class          = "db.r6g.large"
  allocated_storage       = 200
  storage_encrypted       = true
  db_subnet_group_name    = aws_db_subnet_group.public.name
  vpc_security_group_ids  = [aws_security_group.reporting_db.id]
  publicly_accessible     = true
  username                = "reporting_admin"
  manage_master_user_password = true
  backup_retention_period = 7
  deletion_protection     = true

  tags = local.tags
}
