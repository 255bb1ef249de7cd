data "aws_route53_zone" "environment_domain" {
  name = var.environment_domain
}

resource "aws_route53_record" "primary" {
  zone_id = data.aws_route53_zone.environment_domain.id
  name    = "redis.primary.${var.environment_domain}"
  type    = "CNAME"
  ttl     = "300"
  records = [module.redis.primary_endpoint_address]
}
