provider "aws" {
  alias  = "us-east-1"
  region = "us-east-1"
}

module "acm_environment_domain" {
  source  = "terraform-aws-modules/acm/aws"
  version = "~> 3.4"

  providers = {
    aws = aws.us-east-1
  }

  domain_name               = var.environment_domain
  zone_id                   = data.aws_route53_zone.environment_domain.id
  subject_alternative_names = ["*.${var.environment_domain}"]
  tags = {
    Usage = "Cloudfront"
  }
}

data "aws_acm_certificate" "environment_domain" {
  provider   = aws.us-east-1
  domain     = var.environment_domain
  statuses   = ["ISSUED"]
  depends_on = [module.acm_environment_domain]
}
