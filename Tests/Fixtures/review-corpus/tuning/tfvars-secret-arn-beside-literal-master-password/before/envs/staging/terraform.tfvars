region      = "us-east-2"
environment = "staging"

db_instance_class = "db.t4g.medium"
backup_retention_days = 7
multi_az              = false
tags = {
  team = "orders"
}