region      = "eu-central-1"
environment = "prod"
project     = "northwind-orders"

vpc_cidr           = "10.40.0.0/16"
availability_zones = ["eu-central-1a", "eu-central-1b", "eu-central-1c"]

db_instance_class    = "db.r6g.large"
db_allocated_storage = 200
db_multi_az          = true

tags = {
  owner       = "platform"
  cost_center = "cc-1142"
}
