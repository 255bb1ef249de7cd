data "aws_s3_bucket" "storage" {
  bucket = "${var.environment_namespace}-storage"
}

data "aws_route53_zone" "environment_domain" {
  name = var.environment_domain
}

module "acm_environment_domain" {
  source      = "terraform-aws-modules/acm/aws"
  version     = "~> 3.4"
  domain_name = var.environment_domain
  zone_id     = data.aws_route53_zone.environment_domain.id
}

data "aws_acm_certificate" "environment_domain" {
  domain     = var.environment_domain
  statuses   = ["ISSUED"]
  depends_on = [module.acm_environment_domain]
}

module "cdn_environment_domain" {
  source      = "terraform-aws-modules/cloudfront/aws"
  version     = "~> 2.9"
  aliases     = ["cdn.${var.environment_domain}"]
  price_class = "PriceClass_All"
  origin = {
    s3_bucket = { domain_name = data.aws_s3_bucket.storage.bucket_regional_domain_name }
  }
  viewer_certificate = {
    acm_certificate_arn = data.aws_acm_certificate.environment_domain.arn
    ssl_support_method  = "sni-only"
  }
}
