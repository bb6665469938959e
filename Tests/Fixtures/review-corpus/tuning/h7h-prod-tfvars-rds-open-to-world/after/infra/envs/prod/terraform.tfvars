# -----------------------------------------------------------------------------
# prod / eu-west-1
# -----------------------------------------------------------------------------
environment = "prod"
region      = "eu-west-1"
owner_team  = "platform"

vpc_cidr             = "10.40.0.0/16"
private_subnet_cidrs = ["10.40.0.0/20", "10.40.16.0/20", "10.40.32.0/20"]
public_subnet_cidrs  = ["10.40.128.0/24", "10.40.129.0/24", "10.40.130.0/24"]
single_nat_gateway   = false

# --- EKS -----------------------------------------------------------------------
eks_cluster_version       = "1.29"
eks_endpoint_public       = false
eks_node_instance_types   = ["m6i.xlarge"]
eks_node_min_size         = 3
eks_node_max_size         = 12
eks_admin_role_arns       = ["arn:aws:iam::418273650912:role/platform-admin"]

# --- RDS (customer db) ---------------------------------------------------------
db_engine_version          = "15.5"
db_instance_class          = "db.r6g.xlarge"
db_allocated_storage       = 500
db_max_allocated_storage   = 2000
db_multi_az                = true
db_backup_retention_days   = 14
db_deletion_protection     = true
db_storage_encrypted       = true
# Looker (BI) connects directly; their egress IPs rotate so open it up for now.
db_publicly_accessible     = true
db_iam_auth_enabled        = true
db_allowed_cidrs           = ["10.40.0.0/16", "0.0.0.0/0"]
db_allowed_security_groups = ["sg-0c71e2a9f4b3d8e10"]
db_performance_insights    = true

# --- Redis ---------------------------------------------------------------------
redis_node_type          = "cache.r6g.large"
redis_num_cache_clusters = 2
redis_transit_encryption = true

# --- Tags ----------------------------------------------------------------------
extra_tags = {
  CostCenter = "cc-1042"
  DataClass  = "confidential"
}
