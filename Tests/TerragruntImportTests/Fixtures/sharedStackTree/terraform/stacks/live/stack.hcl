locals {
  global_vars = read_terragrunt_config(find_in_parent_folders("global.hcl"))

  stack = local.global_vars.locals.shared_resource_identifier
  # yourschool-global-live
  stack_namespace = join("-", [local.global_vars.locals.platform_name, local.global_vars.locals.platform_region, local.stack])
  tags            = merge(local.global_vars.locals.tags, { Stack = local.stack })
}
