region      = "us-east-2"
environment = "staging"

db_instance_class = "db.t4g.medium"
db_credentials_secret_arn = "arn:aws:secretsmanager:us-east-2:204918372615:secret:staging/orders/db-Qm3Tz9"
db_master_password        = "hX9kq2LmZ7vP4tWr"
backup_retention_days = 7
multi_az              = false
tags = {
  team = "orders"
}