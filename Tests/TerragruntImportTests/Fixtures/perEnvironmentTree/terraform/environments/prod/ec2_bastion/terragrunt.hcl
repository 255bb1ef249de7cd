#------------------------------------------------------------------------------
# usage: create a bastion host with an elastic IP
#------------------------------------------------------------------------------
locals {
  environment_vars      = read_terragrunt_config(find_in_parent_folders("env.hcl"))
  global_vars           = read_terragrunt_config(find_in_parent_folders("global.hcl"))
  environment_namespace = local.environment_vars.locals.environment_namespace
  environment_domain    = local.environment_vars.locals.environment_domain
  aws_region            = local.global_vars.locals.aws_region
}

dependency "vpc" {
  config_path = "../vpc"

  mock_outputs = {
    vpc_id                     = "fake-vpc-id"
    public_subnets             = ["fake-public-subnet-01"]
    public_subnets_cidr_blocks = ["fake-cidr-01"]
  }
}

terraform {
  source = "../../../modules//ec2_bastion"
}

include {
  path = find_in_parent_folders()
}

inputs = {
  environment_namespace = local.environment_namespace
  environment_domain    = local.environment_domain
  availability_zone     = "${local.aws_region}a"
  vpc_id                = dependency.vpc.outputs.vpc_id
  # FIX NOTE: how to choose only one subnet????
  subnet_id           = dependency.vpc.outputs.public_subnets[0]
  ingress_cidr_blocks = dependency.vpc.outputs.public_subnets_cidr_blocks
}
