resource "aws_db_subnet_group" "reporting" {
  name       = "reporting-${var.env}"
  subnet_ids = var.public_subnet_ids
}

resource "aws_security_group" "reporting_db" {
  name        = "reporting-db-${var.env}"
  description = "Reporting replica access"
  vpc_id      = var.vpc_id

  ingress {
    description     = "Postgres from app tier"
    from_port       = 5432
    to_port         = 5432
    protocol        = "tcp"
    security_groups = [var.app_security_group_id]
  }

  ingress {
    description = "Metabase Cloud (IPs rotate, see ticket DATA-412)"
    from_port   = 5432
    to_port     = 5432
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
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
  engine_version              = "15.6"
  instance_class              = "db.r6g.large"
  allocated_storage           = 200
  db_subnet_group_name        = aws_db_subnet_group.reporting.name
  vpc_security_group_ids      = [aws_security_group.reporting_db.id]
  replicate_source_db         = var.primary_db_arn
  publicly_accessible         = true
  storage_encrypted           = true
  skip_final_snapshot         = true
  performance_insights_enabled = true
}
