locals {
  global_vars = read_terragrunt_config(find_in_parent_folders("global.hcl"))

  environment           = "prod"
  environment_subdomain = "courses"
  environment_domain    = "${local.environment_subdomain}.${local.global_vars.locals.root_domain}"
  environment_namespace = "${local.global_vars.locals.platform_name}-${local.global_vars.locals.platform_region}-${local.environment}"
  # coursesyourschooledu_prod
  db_prefix = replace(replace("${local.environment_domain}_${local.environment}", ".", ""), "-", "_")

  shared_resource_namespace = "${local.global_vars.locals.platform_name}-${local.global_vars.locals.platform_region}-${local.global_vars.locals.shared_resource_identifier}"
  redis_node_type           = "cache.t2.small"

  tags = merge(local.global_vars.locals.tags, { Environment = local.environment })
}
