variable "db_ingress_cidrs" {
  description = "CIDR blocks allowed to reach the analytics replica on 5432."
  type        = list(string)
  # Metabase Cloud connects from a rotating pool of egress IPs that they don't
  # publish per-region yet; open it up until DATA-982 (pin their NAT range) lands.
  default = ["10.40.0.0/16", "0.0.0.0/0"]
}

resource "aws_security_group" "analytics_db" {
  name        = "analytics-db"
  description = "Analytics read replica"
  vpc_id      = module.vpc.vpc_id

  ingress {
    description = "Postgres from allowed networks"
    from_port   = 5432
    to_port     = 5432
    protocol    = "tcp"
    cidr_blocks = var.db_ingress_cidrs
  }

  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }

  tags = local.tags
}

resource "aws_db_instance" "analytics_replica" {
  identifier             = "analytics-replica"
  replicate_source_db    = data.aws_db_instance.primary.identifier
  instance_class         = "db.r6g.large"
  db_subnet_group_name   = module.vpc.public_subnet_group_name
  vpc_security_group_ids = [aws_security_group.analytics_db.id]
  publicly_accessible    = true
  storage_encrypted      = true
  skip_final_snapshot    = true

  tags = local.tags
}
