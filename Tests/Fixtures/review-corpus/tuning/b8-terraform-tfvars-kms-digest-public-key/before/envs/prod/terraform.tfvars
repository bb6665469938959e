region       = "eu-west-1"
environment  = "prod"
cluster_name = "harbor-prod"

instance_type    = "m7g.large"
desired_capacity = 3

kms_key_arn = "arn:aws:kms:eu-west-1:731492006518:key/0c5e8a71-3b2d-4f9e-8a16-b4d2c7e90f31"
db_password_secret_name = "prod/harbor/db"

tags = {
  team        = "platform"
  cost-center = "cc-4410"
}