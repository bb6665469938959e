variable "bi_tool_cidrs" {
  description = "Egress ranges of the hosted BI tool that queries the reporting DB directly"
  type        = list(string)
  default     = ["0.0.0.0/0"] # TODO: narrow once the vendor publishes its egress IPs
}

resource "aws_db_subnet_group" "reporting" {
  name       = "reporting-${var.env}"
  subnet_ids = var.public_subnet_ids
}

resource "aws_security_group" "reporting_db" {
  name        = "reporting-db-${var.env}"
  description = "Postgres for the reporting service"
  vpc_id      = var.vpc_id

  ingress {
    description     = "reporting service"
    from_port       = 5432
    to_port         = 5432
    protocol        = "tcp"
    security_groups = [var.app_security_group_id]
  }

  ingress {
    description = "hosted BI"
    from_port   = 5432
    to_port     = 5432
    protocol    = "tcp"
    cidr_blocks = var.bi_tool_cidrs
  }

  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_db_instance" "reporting" {
  identifier                  = "reporting-${var.env}"
  engine                      = "postgres"
  engine_version              = "15.5"
  instance_class              = "db.t4g.large"
  allocated_storage           = 100
  storage_encrypted           = true
  db_name                     = "reporting"
  username                    = "reporting_admin"
  manage_master_user_password = true
  db_subnet_group_name        = aws_db_subnet_group.reporting.name
  vpc_security_group_ids      = [aws_security_group.reporting_db.id]
  publicly_accessible         = true
  backup_retention_period     = 14
  deletion_protection         = true
  skip_final_snapshot         = false
  final_snapshot_identifier   = "reporting-${var.env}-final"
}
