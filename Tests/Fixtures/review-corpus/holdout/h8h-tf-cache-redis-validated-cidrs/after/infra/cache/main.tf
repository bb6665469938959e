variable "client_cidrs" {
  description = "Private CIDRs allowed to reach the cache clusters"
  type        = list(string)

  validation {
    condition = alltrue([
      for c in var.client_cidrs : can(cidrhost(c, 0)) && startswith(c, "10.")
    ])
    error_message = "client_cidrs must be 10.x ranges; the caches are never exposed outside the VPC."
  }
}

resource "aws_security_group" "cache" {
  name        = "cache-${var.env}"
  description = "Cache clusters for ${var.env}"
  vpc_id      = var.vpc_id

  ingress {
    description = "memcached (legacy session store)"
    from_port   = 11211
    to_port     = 11211
    protocol    = "tcp"
    cidr_blocks = var.client_cidrs
  }

  ingress {
    description = "redis (rate limiter + job queue)"
    from_port   = 6379
    to_port     = 6379
    protocol    = "tcp"
    cidr_blocks = var.client_cidrs
  }

  tags = {
    Environment = var.env
    Owner       = "platform"
  }
}

resource "aws_elasticache_subnet_group" "cache" {
  name       = "cache-${var.env}"
  subnet_ids = var.private_subnet_ids
}
