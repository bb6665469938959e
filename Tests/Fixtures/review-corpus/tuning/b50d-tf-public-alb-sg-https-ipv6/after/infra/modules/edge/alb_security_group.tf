resource "aws_security_group" "public_alb" {
  name        = "${var.name}-public-alb"
  description = "Internet-facing ALB for ${var.name}"
  vpc_id      = var.vpc_id

  tags = var.tags
}

resource "aws_vpc_security_group_ingress_rule" "alb_https_v4" {
  security_group_id = aws_security_group.public_alb.id
  description       = "HTTPS from the internet"
  cidr_ipv4         = "0.0.0.0/0"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
}

# Dual-stack ALB (ip_address_type = "dualstack" in alb.tf)
resource "aws_vpc_security_group_ingress_rule" "alb_https_v6" {
  security_group_id = aws_security_group.public_alb.id
  description       = "HTTPS from the internet (IPv6)"
  cidr_ipv6         = "::/0"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
}

# Port 80 listener only returns a 301 to https (see aws_lb_listener.http_redirect)
resource "aws_vpc_security_group_ingress_rule" "alb_http_redirect" {
  for_each = { v4 = "0.0.0.0/0", v6 = "::/0" }

  security_group_id = aws_security_group.public_alb.id
  description       = "HTTP -> HTTPS redirect (${each.key})"
  cidr_ipv4         = each.key == "v4" ? each.value : null
  cidr_ipv6         = each.key == "v6" ? each.value : null
  ip_protocol       = "tcp"
  from_port         = 80
  to_port           = 80
}

resource "aws_vpc_security_group_egress_rule" "alb_to_app" {
  security_group_id            = aws_security_group.public_alb.id
  description                  = "Forward to app targets"
  referenced_security_group_id = var.app_security_group_id
  ip_protocol                  = "tcp"
  from_port                    = var.app_port
  to_port                      = var.app_port
}
