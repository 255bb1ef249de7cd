data "aws_route53_zone" "environment_domain" {
  name = var.environment_domain
}

module "acm_environment_environment_region" {
  source  = "terraform-aws-modules/acm/aws"
  version = "~> 3.4"

  domain_name               = var.environment_domain
  zone_id                   = data.aws_route53_zone.environment_domain.id
  subject_alternative_names = ["*.${var.environment_domain}"]
}
