include "root" {
  path   = find_in_parent_folders()
  expose = true
}

dependency "vpc" {
  config_path = "../vpc"
  mock_outputs = {
    vpc_id          = "fake-vpc-id"
    private_subnets = ["fake-private-subnet-01", "fake-private-subnet-02"]
  }
}

terraform {
  source = "../../modules//kubernetes"
}

inputs = {
  stack_namespace                = include.root.locals.stack_namespace
  kubernetes_cluster_version     = "1.22"
  eks_worker_group_instance_type = "t3.large"
  eks_worker_group_min_size      = 1
  eks_worker_group_max_size      = 2
  eks_worker_group_desired_size  = 1
  private_subnet_ids             = dependency.vpc.outputs.private_subnets
  vpc_id                         = dependency.vpc.outputs.vpc_id
}
