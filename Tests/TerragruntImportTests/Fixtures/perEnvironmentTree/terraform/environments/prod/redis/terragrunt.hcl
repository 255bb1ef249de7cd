#------------------------------------------------------------------------------
# usage: create an ElastiCache Redis replication group
#------------------------------------------------------------------------------
locals {
  environment_vars      = read_terragrunt_config(find_in_parent_folders("env.hcl"))
  environment_namespace = local.environment_vars.locals.environment_namespace
  environment_domain    = local.environment_vars.locals.environment_domain
  redis_node_type       = local.environment_vars.locals.redis_node_type
}

dependencies {
  paths = ["../kubernetes", "../kubernetes_secrets", "../vpc"]
}

dependency "vpc" {
  config_path = "../vpc"

  mock_outputs = {
    vpc_id              = "fake-vpc-id"
    elasticache_subnets = ["fake-subnetid-01", "fake-subnetid-02"]
    vpc_cidr_block      = "fake-cidr-block"
  }
}

dependency "kubernetes" {
  config_path = "../kubernetes"
}

terraform {
  source = "../../../modules//redis"
}

include {
  path = find_in_parent_folders()
}

inputs = {
  environment_namespace      = local.environment_namespace
  environment_domain         = local.environment_domain
  engine                     = "redis"
  engine_version             = "6.x"
  num_cache_clusters         = 1
  port                       = 6379
  family                     = "redis6.x"
  node_type                  = local.redis_node_type
  transit_encryption_enabled = false
  create_random_auth_token   = "false"
  subnet_ids                 = dependency.vpc.outputs.elasticache_subnets
  vpc_id                     = dependency.vpc.outputs.vpc_id
  ingress_cidr_blocks        = [dependency.vpc.outputs.vpc_cidr_block]
}
