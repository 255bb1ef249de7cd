# Root of the shared stacks: included by every stack module.
locals {
  global_vars = read_terragrunt_config(find_in_parent_folders("global.hcl"))
  stack_vars  = read_terragrunt_config(find_in_parent_folders("stack.hcl"))

  stack_namespace = local.stack_vars.locals.stack_namespace
  aws_region      = local.global_vars.locals.aws_region
  account_id      = local.global_vars.locals.account_id
}

remote_state {
  backend = "s3"
  config = {
    encrypt        = true
    bucket         = "${local.account_id}-terraform-tfstate"
    key            = "${path_relative_to_include()}/terraform.tfstate"
    region         = local.aws_region
    dynamodb_table = "${local.stack_namespace}-terraform-lock"
  }
}

inputs = merge(local.global_vars.locals, local.stack_vars.locals)
