locals {
  environment_vars      = read_terragrunt_config(find_in_parent_folders("env.hcl"))
  environment_namespace = local.environment_vars.locals.environment_namespace
  environment_domain    = local.environment_vars.locals.environment_domain
  tags                  = local.environment_vars.locals.tags
}

dependencies {
  paths = ["../vpc", "../kubernetes"]
}

dependency "vpc" {
  config_path = "../vpc"

  mock_outputs_allowed_terraform_commands = ["init", "validate"]
  mock_outputs = {
    vpc_id          = "fake-vpc-id"
    public_subnets  = ["fake-public-subnet-01", "fake-public-subnet-02"]
    private_subnets = ["fake-private-subnet-01", "fake-private-subnet-02"]
  }
}

terraform {
  source = "../../../modules//kubernetes_ingress_clb"
}

include {
  path = find_in_parent_folders()
}

inputs = {
  environment_namespace = local.environment_namespace
  environment_domain    = local.environment_domain
  vpc_id                = dependency.vpc.outputs.vpc_id
  private_subnets       = dependency.vpc.outputs.private_subnets # undeclared in the module: ignored
  namespace             = "openedx"
  tags                  = local.tags
}
