include "root" {
  path   = find_in_parent_folders()
  expose = true
}

locals {
  environment_vars = read_terragrunt_config(find_in_parent_folders("env.hcl"))
}

dependencies {
  paths = ["../../../stacks/live/vpc", "../kubernetes"]
}

dependency "stack_vpc" {
  config_path = "../../../stacks/live/vpc"
  mock_outputs = {
    elasticache_subnets = ["fake-subnet-01", "fake-subnet-02"]
    vpc_cidr_block      = "fake-cidr-block"
  }
}

terraform {
  source = "../../modules//redis"
}

inputs = {
  environment_namespace     = local.environment_vars.locals.environment_namespace
  environment_domain        = local.environment_vars.locals.environment_domain
  shared_resource_namespace = local.environment_vars.locals.shared_resource_namespace
  node_type                 = local.environment_vars.locals.redis_node_type
  subnet_ids                = dependency.stack_vpc.outputs.elasticache_subnets
}
