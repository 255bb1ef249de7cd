data "aws_route53_zone" "environment_domain" {
  name = var.environment_domain
}

resource "aws_route53_record" "master" {
  zone_id = data.aws_route53_zone.environment_domain.id
  name    = "mongodb.master.${var.environment_domain}"
  type    = "CNAME"
  ttl     = "300"
  records = [aws_docdb_cluster.default.endpoint]
}

resource "aws_route53_record" "reader" {
  zone_id = data.aws_route53_zone.environment_domain.id
  name    = "mongodb.replicas.${var.environment_domain}"
  type    = "CNAME"
  ttl     = "300"
  # Every instance's endpoint, by the legacy splat.
  records = [aws_docdb_cluster.default.reader_endpoint]
}

output "instance_endpoints" { value = aws_docdb_cluster_instance.default.*.endpoint }
