locals {
  # storage (public read), backup and secrets (private)
  buckets = {
    storage = "${var.environment_namespace}-storage"
    backup  = "${var.environment_namespace}-backup"
    secrets = "${var.environment_namespace}-secrets"
  }
}

data "aws_eks_cluster" "eks" {
  name = var.shared_resource_namespace
}

module "openedx_storage" {
  source  = "terraform-aws-modules/s3-bucket/aws"
  version = "~> 3.3"

  bucket        = local.buckets["storage"]
  acl           = "private"
  attach_policy = true
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "PublicRead"
      Effect    = "Allow"
      Principal = "*"
      Action    = ["s3:GetObject*", "s3:List*"]
      Resource  = "arn:aws:s3:::${local.buckets.storage}/*"
    }]
  })
  versioning = { enabled = false }
}

module "openedx_backup" {
  source  = "terraform-aws-modules/s3-bucket/aws"
  version = "~> 3.3"

  bucket = local.buckets.backup
  acl    = "private"
}

module "openedx_secrets" {
  source  = "terraform-aws-modules/s3-bucket/aws"
  version = "~> 3.3"

  bucket                  = local.buckets.secrets
  acl                     = "private"
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}
