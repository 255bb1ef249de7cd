# HEAD: no AWS database per environment; users and secrets on the shared RDS (§5).
data "aws_eks_cluster" "eks" {
  name = var.shared_resource_namespace
}

data "kubernetes_secret" "mysql_root" {
  metadata {
    name      = "mysql-root"
    namespace = var.shared_resource_namespace
  }
}

locals {
  databases = { for suffix in ["edx", "disc", "ecom", "notes", "xq", "cred"] : suffix => "${var.db_prefix}_${suffix}" }
}

resource "random_password" "mysql" {
  for_each = local.databases
  length   = 16
  special  = false
}

data "aws_route53_zone" "environment_domain" {
  name = var.environment_domain
}

resource "aws_route53_record" "mysql" {
  zone_id = data.aws_route53_zone.environment_domain.id
  name    = "mysql.${var.environment_domain}"
  type    = "CNAME"
  ttl     = "300"
  records = [data.kubernetes_secret.mysql_root.data.MYSQL_HOST]
}
