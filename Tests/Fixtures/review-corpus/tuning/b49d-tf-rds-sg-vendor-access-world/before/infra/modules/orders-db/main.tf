resource "aws_db_subnet_group" "orders" {
  name       = "${var.env}-orders"
  subnet_ids = var.private_subnet_ids
}

resource "aws_security_group" "orders_db" {
  name        = "${var.env}-orders-db"
  description = "Orders PostgreSQL"
  vpc_id      = var.vpc_id

  ingress {
    description     = "App tier"
    from_port       = 5432
    to_port         = 5432
    protocol        = "tcp"
    security_groups = [var.app_security_group_id]
  }

  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = [var.vpc_cidr]
  }

  tags = local.tags
}

resource "aws_db_instance" "orders" {
  identifier                 = "${var.env}-orders"
  engine                     = "postgres"
  engine_version             = "15.5"
  instance_class             = var.instance_class
  allocated_storage          = 200
  storage_encrypted          = true
  db_subnet_group_name       = aws_db_subnet_group.orders.name
  vpc_security_group_ids     = [aws_security_group.orders_db.id]
  publicly_accessible        = false
  username                   = "orders_admin"
  manage_master_user_password = true
  backup_retention_period    = 14
  deletion_protection        = true
  tags                       = local.tags
}
