#------------------------------------------------------------------------------
# usage: create an ElastiCache Redis cluster through the vendored elasticache module
#------------------------------------------------------------------------------
module "security_group" {
  source  = "terraform-aws-modules/security-group/aws"
  version = "~> 4.9"

  name        = var.environment_namespace
  description = "Allow access to MySQL" # copy-pasted (§2.7)
  vpc_id      = var.vpc_id

  ingress_with_cidr_blocks = [
    {
      from_port   = var.port
      to_port     = var.port
      protocol    = "tcp"
      cidr_blocks = join(",", var.ingress_cidr_blocks)
    },
  ]
  egress_rules = ["all-all"]
}

module "redis" {
  source = "./modules/elasticache"

  environment_namespace      = var.environment_namespace
  engine                     = var.engine
  engine_version             = var.engine_version
  num_cache_clusters         = var.num_cache_clusters
  node_type                  = var.node_type
  port                       = var.port
  family                     = var.family
  subnet_ids                 = var.subnet_ids
  security_group_ids         = [module.security_group.security_group_id]
  transit_encryption_enabled = var.transit_encryption_enabled
  create_random_auth_token   = var.create_random_auth_token
}
