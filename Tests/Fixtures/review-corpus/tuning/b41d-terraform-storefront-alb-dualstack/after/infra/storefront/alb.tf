resource "aws_security_group" "alb" {
  name        = "storefront-alb"
  description = "Public HTTPS entry point for the storefront"
  vpc_id      = module.vpc.vpc_id

  ingress {
    description      = "HTTPS from the internet"
    from_port        = 443
    to_port          = 443
    protocol         = "tcp"
    cidr_blocks      = ["0.0.0.0/0"]
    ipv6_cidr_blocks = ["::/0"]
  }

  ingress {
    description      = "HTTP from the internet (redirected to HTTPS by the listener below)"
    from_port        = 80
    to_port          = 80
    protocol         = "tcp"
    cidr_blocks      = ["0.0.0.0/0"]
    ipv6_cidr_blocks = ["::/0"]
  }

  egress {
    description     = "To storefront tasks"
    from_port       = 8080
    to_port         = 8080
    protocol        = "tcp"
    security_groups = [aws_security_group.app.id]
  }
}

resource "aws_security_group" "app" {
  name        = "storefront-app"
  description = "Storefront ECS tasks"
  vpc_id      = module.vpc.vpc_id
}

resource "aws_security_group_rule" "app_from_alb" {
  type                     = "ingress"
  security_group_id        = aws_security_group.app.id
  from_port                = 8080
  to_port                  = 8080
  protocol                 = "tcp"
  source_security_group_id = aws_security_group.alb.id
}

resource "aws_lb" "storefront" {
  name               = "storefront"
  load_balancer_type = "application"
  internal           = false
  ip_address_type    = "dualstack"
  security_groups    = [aws_security_group.alb.id]
  subnets            = module.vpc.public_subnets
  drop_invalid_header_fields = true
}

resource "aws_lb_listener" "http_redirect" {
  load_balancer_arn = aws_lb.storefront.arn
  port              = 80
  protocol          = "HTTP"

  default_action {
    type = "redirect"

    redirect {
      protocol    = "HTTPS"
      port        = "443"
      status_code = "HTTP_301"
    }
  }
}
