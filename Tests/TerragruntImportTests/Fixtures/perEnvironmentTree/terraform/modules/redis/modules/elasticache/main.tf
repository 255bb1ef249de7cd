resource "random_string" "id" {
  length  = 8
  upper   = false
  numeric = false
  special = false
}

resource "random_id" "auth_token" {
  count       = var.create_random_auth_token == "true" ? 1 : 0
  byte_length = 16
}

resource "aws_elasticache_subnet_group" "this" {
  name       = random_string.id.result
  subnet_ids = var.subnet_ids
}

resource "aws_elasticache_parameter_group" "this" {
  name   = random_string.id.result
  family = var.family

  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_elasticache_replication_group" "this" {
  replication_group_id       = random_string.id.result
  description                = "Redis for ${var.environment_namespace}"
  engine                     = var.engine
  engine_version             = var.engine_version
  node_type                  = var.node_type
  num_cache_clusters         = var.num_cache_clusters
  port                       = var.port
  parameter_group_name       = aws_elasticache_parameter_group.this.name
  subnet_group_name          = aws_elasticache_subnet_group.this.name
  security_group_ids         = var.security_group_ids
  transit_encryption_enabled = var.transit_encryption_enabled
  auth_token                 = var.create_random_auth_token == "true" ? random_id.auth_token[0].hex : null
}

output "primary_endpoint_address" { value = aws_elasticache_replication_group.this.primary_endpoint_address }
