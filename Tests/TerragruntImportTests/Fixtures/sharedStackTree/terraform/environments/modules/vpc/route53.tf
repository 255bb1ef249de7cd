# HEAD: the environment's hosted zone, delegated from the root zone (§5). No VPC resources.
data "aws_route53_zone" "root_domain" {
  name = var.root_domain
}

resource "aws_route53_zone" "environment_domain" {
  name = var.environment_domain
  tags = { Namespace = var.environment_namespace }
}

resource "aws_route53_record" "environment_domain-ns" {
  zone_id = data.aws_route53_zone.root_domain.zone_id
  name    = var.environment_domain
  type    = "NS"
  ttl     = "30"
  records = aws_route53_zone.environment_domain.name_servers
}
