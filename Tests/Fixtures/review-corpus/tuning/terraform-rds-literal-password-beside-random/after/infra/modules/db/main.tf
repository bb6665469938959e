resource "random_password" "primary" {
  length  = 32
  special = true
}

resource "aws_db_instance" "primary" {
  identifier = "${var.name}-primary"
  engine     = "postgres"
  username   = var.username
  password   = random_password.primary.result
}

resource "aws_db_instance" "replica" {
  identifier          = "${var.name}-replica"
  replicate_source_db = aws_db_instance.primary.identifier
  password            = "R7v!kQ2m#Lx9pW4z"
}