resource "aws_security_group" "orders_db" {
  name        = "orders-db-${var.environment}"
  description = "Postgres access for the orders service"
  vpc_id      = var.vpc_id

  tags = merge(var.tags, {
    Name = "orders-db-${var.environment}"
  })
}

resource "aws_security_group_rule" "orders_db_from_app" {
  type                     = "ingress"
  description              = "Postgres from orders ECS tasks"
  from_port                = 5432
  to_port                  = 5432
  protocol                 = "tcp"
  security_group_id        = aws_security_group.orders_db.id
  source_security_group_id = var.app_security_group_id
}

resource "aws_security_group_rule" "orders_db_from_bastion" {
  type                     = "ingress"
  description              = "Postgres from the SSM bastion"
  from_port                = 5432
  to_port                  = 5432
  protocol                 = "tcp"
  security_group_id        = aws_security_group.orders_db.id
  source_security_group_id = var.bastion_security_group_id
}

resource "aws_security_group_rule" "orders_db_egress" {
  type              = "egress"
  from_port         = 0
  to_port           = 0
  protocol          = "-1"
  security_group_id = aws_security_group.orders_db.id
  cidr_blocks       = ["0.0.0.0/0"]
}
