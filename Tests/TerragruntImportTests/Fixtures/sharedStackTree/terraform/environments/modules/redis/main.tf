resource "aws_elasticache_subnet_group" "this" {
  name       = var.environment_namespace
  subnet_ids = var.subnet_ids
}

resource "aws_elasticache_replication_group" "this" {
  replication_group_id = var.environment_namespace
  description          = "Redis for ${var.environment_namespace}"
  engine               = "redis"
  engine_version       = "6.x"
  node_type            = var.node_type
  num_cache_clusters   = 1
  port                 = 6379
  subnet_group_name    = aws_elasticache_subnet_group.this.name
}

data "aws_route53_zone" "environment_domain" {
  name = var.environment_domain
}

resource "aws_route53_record" "primary" {
  zone_id = data.aws_route53_zone.environment_domain.id
  name    = "redis.primary.${var.environment_domain}"
  type    = "CNAME"
  ttl     = "300"
  records = [aws_elasticache_replication_group.this.primary_endpoint_address]
}
