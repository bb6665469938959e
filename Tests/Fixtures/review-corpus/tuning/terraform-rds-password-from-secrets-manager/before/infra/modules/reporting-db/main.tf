resource "aws_db_subnet_group" "reporting" {
  name       = "${var.name}-subnets"
  subnet_ids = var.private_subnet_ids
}

resource "aws_db_instance" "reporting" {
  identifier              = var.name
  engine                  = "postgres"
  engine_version          = "15.5"
  instance_class          = var.instance_class
  allocated_storage       = 100
  storage_encrypted       = true
  db_name                 = "reporting"
  username                = "reporting_admin"
  password                = var.master_password
  db_subnet_group_name    = aws_db_subnet_group.reporting.name
  vpc_security_group_ids  = [aws_security_group.reporting_db.id]
  backup_retention_period = 14
  deletion_protection     = true
  skip_final_snapshot     = false

  tags = var.tags
}
