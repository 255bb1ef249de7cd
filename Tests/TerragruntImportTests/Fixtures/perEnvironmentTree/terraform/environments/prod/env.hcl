# Environment variables for prod. Sizing defaults live here (cookiecutter-backend.md §1).
locals {
  global_vars = read_terragrunt_config(find_in_parent_folders("global.hcl"))

  environment           = "prod"
  environment_domain    = "courses.${local.global_vars.locals.root_domain}"
  environment_namespace = "${local.environment}-${local.global_vars.locals.platform_name}-${local.global_vars.locals.platform_region}"

  # AWS instance sizing
  mongodb_instance_class = "db.t3.medium"
  mongodb_cluster_size   = 1
  mysql_instance_class   = "db.t2.small"
  redis_node_type        = "cache.t2.small"

  # Kubernetes
  kubernetes_version             = "1.22"
  eks_worker_group_instance_type = "t3.large"
  eks_worker_group_min_size      = 1
  eks_worker_group_max_size      = 2
  eks_worker_group_desired_size  = 1

  tags = merge(
    local.global_vars.locals.tags,
    { Environment = local.environment },
  )
}
