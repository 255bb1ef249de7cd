#------------------------------------------------------------------------------
# usage: create a CloudFront distribution in front of the storage bucket
#------------------------------------------------------------------------------
locals {
  environment_vars      = read_terragrunt_config(find_in_parent_folders("env.hcl"))
  environment_namespace = local.environment_vars.locals.environment_namespace
  environment_domain    = local.environment_vars.locals.environment_domain
}

# No dependency blocks: everything is found by naming convention (§2.9).
dependencies {
  paths = ["../vpc", "../s3_openedx_storage"]
}

terraform {
  source = "../../../modules//cloudfront"
}

include {
  path = find_in_parent_folders()
}

inputs = {
  environment_namespace = local.environment_namespace
  environment_domain    = local.environment_domain
  resource_name         = "${local.environment_namespace}-storage"
}
