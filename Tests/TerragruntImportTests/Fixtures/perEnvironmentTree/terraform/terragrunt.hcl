#------------------------------------------------------------------------------
# Root Terragrunt configuration: included by every module of every environment.
# (cookiecutter-openedx-devops v0.0.6, terraform/terragrunt.hcl)
#------------------------------------------------------------------------------
locals {
  # Automatically load global and environment-level variables
  global_vars = read_terragrunt_config(find_in_parent_folders("global.hcl"))
  env_vars    = read_terragrunt_config(find_in_parent_folders("env.hcl"))

  aws_region            = local.global_vars.locals.aws_region
  account_id            = local.global_vars.locals.account_id
  environment_namespace = local.env_vars.locals.environment_namespace
}

# Generate an AWS provider block
generate "provider" {
  path      = "provider.tf"
  if_exists = "overwrite_terragrunt"
  contents  = <<EOF
provider "aws" {
  region = "${local.aws_region}"

  # Only these AWS Account IDs may be operated on by this template
  allowed_account_ids = ["${local.account_id}"]
}
EOF
}

// Configure Terragrunt to automatically store tfstate files in an S3 bucket
remote_state {
  backend = "s3"
  config = {
    encrypt        = true
    bucket         = "${get_env("TG_BUCKET_PREFIX", local.account_id)}-terraform-tfstate"
    key            = "${path_relative_to_include()}/terraform.tfstate"
    region         = local.aws_region
    dynamodb_table = "${local.environment_namespace}-terraform-lock"
  }
  generate = {
    path      = "backend.tf"
    if_exists = "overwrite_terragrunt"
  }
}

/*
 * Global parameters: every module receives the global and environment locals as inputs;
 * the ones a module does not declare are ignored.
 */
inputs = merge(
  local.global_vars.locals,
  local.env_vars.locals,
)
