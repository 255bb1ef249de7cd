#------------------------------------------------------------------------------
# usage: create an EKS cluster with one managed node group
#------------------------------------------------------------------------------
locals {
  environment_vars = read_terragrunt_config(find_in_parent_folders("env.hcl"))
  global_vars      = read_terragrunt_config(find_in_parent_folders("global.hcl"))

  environment_namespace          = local.environment_vars.locals.environment_namespace
  kubernetes_version             = local.environment_vars.locals.kubernetes_version
  eks_worker_group_instance_type = local.environment_vars.locals.eks_worker_group_instance_type
  account_id                     = local.global_vars.locals.account_id

  tags = merge(local.environment_vars.locals.tags, local.global_vars.locals.tags)
}

dependency "vpc" {
  config_path = "../vpc"

  # Configure mock outputs for the `validate` and `init` commands that are returned when there are no outputs available (e.g the
  # module hasn't been applied yet.
  mock_outputs_allowed_terraform_commands = ["init", "validate"]
  mock_outputs = {
    vpc_id          = "fake-vpc-id"
    public_subnets  = ["fake-public-subnet-01", "fake-public-subnet-02"]
    private_subnets = ["fake-private-subnet-01", "fake-private-subnet-02"]
  }
}

terraform {
  source = "../../../modules//kubernetes"
}

include {
  path = find_in_parent_folders()
}

inputs = {
  environment_namespace          = local.environment_namespace
  private_subnet_ids             = dependency.vpc.outputs.private_subnets
  public_subnet_ids              = dependency.vpc.outputs.public_subnets
  vpc_id                         = dependency.vpc.outputs.vpc_id
  kubernetes_cluster_version     = local.kubernetes_version
  eks_worker_group_instance_type = local.eks_worker_group_instance_type

  map_roles = []
  map_users = [
    {
      userarn  = "arn:aws:iam::${local.account_id}:user/ci"
      username = "ci"
      groups   = ["system:masters"]
    },
  ]
  tags = local.tags
}
