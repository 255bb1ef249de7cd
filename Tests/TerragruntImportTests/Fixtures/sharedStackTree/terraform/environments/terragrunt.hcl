# Root of the environments: included by every environment module.
locals {
  global_vars = read_terragrunt_config(find_in_parent_folders("global.hcl"))
  env_vars    = read_terragrunt_config(find_in_parent_folders("env.hcl"))

  environment_namespace = local.env_vars.locals.environment_namespace
  aws_region            = local.global_vars.locals.aws_region
  account_id            = local.global_vars.locals.account_id
}

remote_state {
  backend = "s3"
  config = {
    encrypt        = true
    bucket         = "${local.account_id}-terraform-tfstate"
    key            = "${path_relative_to_include()}/terraform.tfstate"
    region         = local.aws_region
    dynamodb_table = "${local.environment_namespace}-terraform-lock"
  }
}

inputs = merge(local.global_vars.locals, local.env_vars.locals)
