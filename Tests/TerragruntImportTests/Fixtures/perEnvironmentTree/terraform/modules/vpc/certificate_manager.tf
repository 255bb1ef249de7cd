provider "aws" {
  alias  = "environment_region"
  region = var.aws_region
}

data "aws_route53_zone" "root_domain" {
  name = var.root_domain
}

data "aws_route53_zone" "environment_domain" {
  name = var.environment_domain
}

module "acm_root_domain_environment_region" {
  source  = "terraform-aws-modules/acm/aws"
  version = "~> 3.4"

  providers = {
    aws = aws.environment_region
  }

  domain_name               = var.root_domain
  zone_id                   = data.aws_route53_zone.root_domain.id
  subject_alternative_names = ["*.${var.root_domain}"]
  tags                      = var.tags
}

module "acm_environment_environment_region" {
  source  = "terraform-aws-modules/acm/aws"
  version = "~> 3.4"

  providers = {
    aws = aws.environment_region
  }

  domain_name               = var.environment_domain
  zone_id                   = data.aws_route53_zone.environment_domain.id
  subject_alternative_names = ["*.${var.environment_domain}"]
  tags                      = var.tags
}
