locals {
  name = "${var.environment}-orders"
}

resource "aws_db_subnet_group" "orders" {
  name       = local.name
  subnet_ids = var.private_subnet_ids

  tags = var.tags
}

resource "aws_security_group" "orders_db" {
  name        = "${local.name}-db"
  description = "Postgres for the orders service"
  vpc_id      = var.vpc_id

  tags = var.tags
}

resource "aws_security_group_rule" "orders_db_from_app" {
  type                     = "ingress"
  description              = "orders-api pods"
  from_port                = 5432
  to_port                  = 5432
  protocol                 = "tcp"
  security_group_id        = aws_security_group.orders_db.id
  source_security_group_id = var.app_security_group_id
}

resource "aws_db_parameter_group" "orders" {
  name   = local.name
  family = "postgres15"

  parameter {
    name  = "rds.force_ssl"
    value = "1"
  }

  parameter {
    name  = "log_min_duration_statement"
    value = "500"
  }
}

resource "aws_db_instance" "orders" {
  identifier     = local.name
  engine         = "postgres"
  engine_version = "15.5"
  instance_class = var.instance_class

  allocated_storage     = 100
  max_allocated_storage = 500
  storage_encrypted     = true
  kms_key_id            = var.kms_key_arn

  db_name                     = "orders"
  username                    = "orders_admin"
  manage_master_user_password = true

  db_subnet_group_name   = aws_db_subnet_group.orders.name
  vpc_security_group_ids = [aws_security_group.orders_db.id]
  parameter_group_name   = aws_db_parameter_group.orders.name
  publicly_accessible    = false
  multi_az               = var.environment == "prod"

  backup_retention_period   = 14
  deletion_protection       = true
  skip_final_snapshot       = false
  final_snapshot_identifier = "${local.name}-final"

  performance_insights_enabled = true

  tags = var.tags
}
