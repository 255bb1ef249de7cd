include "root" {
  path   = find_in_parent_folders()
  expose = true
}

locals {
  environment_vars = read_terragrunt_config(find_in_parent_folders("env.hcl"))
}

dependencies {
  paths = ["../../../stacks/live/kubernetes", "../kubernetes"]
}

terraform {
  source = "tfr:///yourschool/openedx-secrets/aws?version=1.0.0"
}

inputs = {
  environment_namespace     = local.environment_vars.locals.environment_namespace
  environment_domain        = local.environment_vars.locals.environment_domain
  shared_resource_namespace = local.environment_vars.locals.shared_resource_namespace
}
