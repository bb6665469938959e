locals {
  # TODO(PLAT-2231): move back to a sensitive variable once the pipeline can pass it in
  analytics_admin = {
    username = "analytics_admin"
    password = "yinNyi9U#HTDIzB2!8S4Q"
  }
}

resource "aws_db_instance" "analytics" {
  identifier             = "analytics-staging"
  engine                 = "postgres"
  engine_version         = "16.3"
  instance_class         = "db.t4g.medium"
  allocated_storage      = 50
  storage_encrypted      = true
  db_name                = "analytics"
  username               = local.analytics_admin.username
  password               = local.analytics_admin.password
  db_subnet_group_name   = module.network.db_subnet_group
  vpc_security_group_ids = [aws_security_group.analytics_db.id]
  skip_final_snapshot    = true

  tags = local.common_tags
}
