resource "aws_security_group" "reporting_db" {
  name        = "${var.name}-reporting-db"
  description = "Postgres for the reporting replica"
  vpc_id      = var.vpc_id

  tags = merge(var.tags, { Component = "reporting-db" })
}

resource "aws_security_group_rule" "reporting_db_from_app" {
  type                     = "ingress"
  security_group_id        = aws_security_group.reporting_db.id
  from_port                = 5432
  to_port                  = 5432
  protocol                 = "tcp"
  source_security_group_id = var.app_security_group_id
  description              = "App tier"
}

# Looker Studio connects from Google ranges that change often; open it up
# until the connector proxy lands (DATA-412).
resource "aws_security_group_rule" "reporting_db_bi" {
  type              = "ingress"
  security_group_id = aws_security_group.reporting_db.id
  from_port         = 5432
  to_port           = 5432
  protocol          = "tcp"
  cidr_blocks       = ["0.0.0.0/0"]
  description       = "BI connector"
}

resource "aws_security_group_rule" "reporting_db_egress" {
  type              = "egress"
  security_group_id = aws_security_group.reporting_db.id
  from_port         = 0
  to_port           = 0
  protocol          = "-1"
  cidr_blocks       = ["0.0.0.0/0"]
}
