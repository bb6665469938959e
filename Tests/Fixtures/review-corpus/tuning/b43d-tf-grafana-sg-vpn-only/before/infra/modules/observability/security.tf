locals {
  vpn_client_cidr = "10.60.0.0/16"
}

resource "aws_security_group" "grafana" {
  name        = "grafana-${var.environment}"
  description = "Grafana host"
  vpc_id      = var.vpc_id

  tags = {
    Name        = "grafana-${var.environment}"
    Environment = var.environment
  }
}

resource "aws_vpc_security_group_egress_rule" "grafana_all" {
  security_group_id = aws_security_group.grafana.id
  ip_protocol       = "-1"
  cidr_ipv4         = "0.0.0.0/0"
  description       = "Outbound for datasource queries and plugin updates"
}

resource "aws_vpc_security_group_ingress_rule" "grafana_from_alb" {
  security_group_id            = aws_security_group.grafana.id
  referenced_security_group_id = var.internal_alb_sg_id
  ip_protocol                  = "tcp"
  from_port                    = 3000
  to_port                      = 3000
  description                  = "Grafana from internal ALB"
}
