environment = "prod"
aws_region  = "eu-west-1"

vpc_cidr           = "10.40.0.0/16"
availability_zones = ["eu-west-1a", "eu-west-1b", "eu-west-1c"]

eks_cluster_version = "1.29"
node_instance_types = ["m6i.large", "m6i.xlarge"]
node_min_size       = 3
node_max_size       = 12

rds_instance_class   = "db.r6g.large"
rds_multi_az         = true
rds_backup_retention = 14

enable_waf         = true
log_retention_days = 90

# Auth service token signing
jwt_signing_key_spec     = "RSA_4096"
jwt_signing_kms_key_arn  = "arn:aws:kms:eu-west-1:482913075516:key/e747a9db-417b-4226-a679-994ec92cfcec"
access_token_ttl_seconds = 900
refresh_token_ttl_days   = 30
