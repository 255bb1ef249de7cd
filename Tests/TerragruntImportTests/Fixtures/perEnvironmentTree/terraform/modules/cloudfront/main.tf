#------------------------------------------------------------------------------
# usage: a CloudFront distribution for cdn.<environment_domain>
#------------------------------------------------------------------------------
locals {
  s3_bucket_domain = "${var.resource_name}.s3.${var.aws_region}.amazonaws.com"
  # A template with directives: the aliases list, rendered.
  alias_note = <<-EOT
    %{ for alias in ["cdn"] ~}
    ${alias}.${var.environment_domain}
    %{ endfor ~}
    %{ if var.aws_region == "us-east-1" }certificate and distribution share a region%{ else }certificate in us-east-1%{ endif }
  EOT
}

data "aws_s3_bucket" "environment_domain" {
  bucket = var.resource_name
}

data "aws_route53_zone" "environment_domain" {
  name = var.environment_domain
}

module "cdn_environment_domain" {
  source  = "terraform-aws-modules/cloudfront/aws"
  version = "~> 2.9"

  aliases             = ["cdn.${var.environment_domain}"]
  comment             = "Open edX static assets: ${var.environment_domain}"
  enabled             = true
  is_ipv6_enabled     = true
  price_class         = "PriceClass_All"
  retain_on_delete    = false
  wait_for_deployment = false

  origin = {
    s3_bucket = {
      domain_name = local.s3_bucket_domain
    }
  }

  default_cache_behavior = {
    target_origin_id       = "s3_bucket"
    viewer_protocol_policy = "allow-all"
    allowed_methods        = ["GET", "HEAD", "OPTIONS"]
    cached_methods         = ["GET", "HEAD"]
    compress               = true
    query_string           = true
  }

  ordered_cache_behavior = [
    {
      path_pattern           = "/static/*"
      target_origin_id       = "s3_bucket"
      viewer_protocol_policy = "redirect-to-https"
      allowed_methods        = ["GET", "HEAD", "OPTIONS"]
      cached_methods         = ["GET", "HEAD"]
      compress               = true
      query_string           = true
    }
  ]

  viewer_certificate = {
    acm_certificate_arn = data.aws_acm_certificate.environment_domain.arn
    ssl_support_method  = "sni-only"
  }
}

resource "aws_route53_record" "cdn_environment_domain" {
  zone_id = data.aws_route53_zone.environment_domain.id
  name    = "cdn.${var.environment_domain}"
  type    = "A"

  alias {
    name                   = module.cdn_environment_domain.cloudfront_distribution_domain_name
    zone_id                = module.cdn_environment_domain.cloudfront_distribution_hosted_zone_id
    evaluate_target_health = false
  }
}
