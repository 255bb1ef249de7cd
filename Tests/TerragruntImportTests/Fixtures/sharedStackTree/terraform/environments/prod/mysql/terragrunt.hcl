include "root" {
  path   = find_in_parent_folders()
  expose = true
}

locals {
  environment_vars = read_terragrunt_config(find_in_parent_folders("env.hcl"))
}

# Hard-coded, not templated (§5).
dependencies {
  paths = ["../../../stacks/live/kubernetes", "../../../stacks/live/mysql", "../kubernetes"]
}

terraform {
  source = "../../modules//mysql"
}

inputs = {
  environment_namespace     = local.environment_vars.locals.environment_namespace
  environment_domain        = local.environment_vars.locals.environment_domain
  shared_resource_namespace = local.environment_vars.locals.shared_resource_namespace
  db_prefix                 = local.environment_vars.locals.db_prefix
}
