include "root" {
  path   = find_in_parent_folders()
  expose = true
}

locals {
  environment_vars = read_terragrunt_config(find_in_parent_folders("env.hcl"))
}

dependencies {
  paths = ["../../../stacks/live/vpc", "../s3_openedx_storage", "../vpc", "../acm"]
}

terraform {
  source = "git::https://github.com/yourschool/openedx-devops.git//terraform/environments/modules/cloudfront?ref=v1.0.1"
}

inputs = {
  environment_namespace     = local.environment_vars.locals.environment_namespace
  environment_domain        = local.environment_vars.locals.environment_domain
  shared_resource_namespace = local.environment_vars.locals.shared_resource_namespace
}
