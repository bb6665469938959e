resource "aws_security_group" "alb" {
  name        = "${local.prefix}-public-alb"
  description = "Public load balancer for ${local.prefix}"
  vpc_id      = module.vpc.vpc_id
  tags        = local.tags
}

resource "aws_security_group_rule" "alb_http_in" {
  type              = "ingress"
  security_group_id = aws_security_group.alb.id
  description       = "HTTP from anywhere (redirected to HTTPS by the listener)"
  protocol          = "tcp"
  from_port         = 80
  to_port           = 80
  cidr_blocks       = ["0.0.0.0/0"]
  ipv6_cidr_blocks  = ["::/0"]
}

resource "aws_security_group_rule" "alb_to_app" {
  type                     = "egress"
  security_group_id        = aws_security_group.alb.id
  description              = "Forward to app tasks"
  protocol                 = "tcp"
  from_port                = var.app_port
  to_port                  = var.app_port
  source_security_group_id = aws_security_group.app.id
}

resource "aws_lb" "public" {
  name               = "${local.prefix}-public"
  load_balancer_type = "application"
  internal           = false
  security_groups    = [aws_security_group.alb.id]
  subnets            = module.vpc.public_subnets
  drop_invalid_header_fields = true
  tags               = local.tags
}
