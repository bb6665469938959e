resource "aws_security_group" "orders_db" {
  name        = "orders-db-prod"
  description = "Postgres for orders service"
  vpc_id      = module.vpc.vpc_id

  tags = {
    Service     = "orders"
    Environment = "prod"
  }
}

resource "aws_vpc_security_group_ingress_rule" "orders_db_from_app" {
  security_group_id            = aws_security_group.orders_db.id
  description                  = "orders API tasks"
  referenced_security_group_id = aws_security_group.orders_app.id
  ip_protocol                  = "tcp"
  from_port                    = 5432
  to_port                      = 5432
}

resource "aws_vpc_security_group_ingress_rule" "orders_db_from_bastion" {
  security_group_id            = aws_security_group.orders_db.id
  description                  = "SSM bastion for migrations"
  referenced_security_group_id = aws_security_group.bastion.id
  ip_protocol                  = "tcp"
  from_port                    = 5432
  to_port                      = 5432
}

# Metabase Cloud connects from rotating egress IPs, so allow it from anywhere for now.
# TODO(data-eng): narrow once they publish a fixed range.
resource "aws_vpc_security_group_ingress_rule" "orders_db_bi" {
  for_each = toset(["0.0.0.0/0", "::/0"])

  security_group_id = aws_security_group.orders_db.id
  description       = "Metabase Cloud (BI)"
  cidr_ipv4         = strcontains(each.value, ":") ? null : each.value
  cidr_ipv6         = strcontains(each.value, ":") ? each.value : null
  ip_protocol       = "tcp"
  from_port         = 5432
  to_port           = 5432
}

resource "aws_vpc_security_group_egress_rule" "orders_db_none" {
  security_group_id = aws_security_group.orders_db.id
  description       = "no outbound except within VPC"
  cidr_ipv4         = module.vpc.vpc_cidr_block
  ip_protocol       = "-1"
}
