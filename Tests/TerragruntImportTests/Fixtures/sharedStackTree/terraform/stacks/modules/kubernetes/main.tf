locals {
  # HEAD hard-codes the author's account (§5); never applied (H14).
  map_users = [
    {
      userarn  = "arn:aws:iam::621672204142:user/ci"
      username = "ci"
      groups   = ["system:masters"]
    }
  ]
}

module "eks" {
  source  = "terraform-aws-modules/eks/aws"
  version = "~> 18.21"

  cluster_name                    = var.stack_namespace
  cluster_version                 = var.kubernetes_cluster_version
  cluster_endpoint_private_access = true
  cluster_endpoint_public_access  = true
  enable_irsa                     = true
  vpc_id                          = var.vpc_id
  subnet_ids                      = var.private_subnet_ids

  eks_managed_node_group_defaults = {
    disk_size = 20
  }

  eks_managed_node_groups = {
    default = {
      instance_types = [var.eks_worker_group_instance_type]
      min_size       = var.eks_worker_group_min_size
      max_size       = var.eks_worker_group_max_size
      desired_size   = var.eks_worker_group_desired_size
      tags           = { Name = "default-eks-node-group" }
    }
  }
}

resource "kubernetes_namespace" "namespace-shared" {
  metadata {
    name = var.stack_namespace
  }
}
