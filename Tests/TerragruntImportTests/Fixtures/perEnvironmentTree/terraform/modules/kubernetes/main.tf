#------------------------------------------------------------------------------
# usage: create an EKS cluster (terraform-aws-modules/eks v18)
#------------------------------------------------------------------------------
locals {
  # Built from map_roles and map_users but consumed by no resource (H14).
  updated_auth_configmap_data = {
    data = {
      mapRoles = yamlencode(var.map_roles)
      mapUsers = yamlencode(var.map_users)
    }
  }
  # A for expression with a condition, and an object built by one.
  ci_user_names = [for user in var.map_users : user.username if contains(user.groups, "system:masters")]
  users_by_name = { for user in var.map_users : user.username => user.userarn }
}

module "eks" {
  source  = "terraform-aws-modules/eks/aws"
  version = "~> 18.20"

  cluster_name                    = var.environment_namespace
  cluster_version                 = var.kubernetes_cluster_version
  cluster_endpoint_private_access = true
  cluster_endpoint_public_access  = true
  enable_irsa                     = true
  vpc_id                          = var.vpc_id
  subnet_ids                      = var.private_subnet_ids
  tags                            = var.tags

  node_security_group_additional_rules = {
    ingress_self_all = {
      description = "Node to node all ports/protocols"
      protocol    = "-1"
      from_port   = 0
      to_port     = 0
      type        = "ingress"
      self        = true
    }
    port_8443 = {
      description      = "open port 8443 to vpc"
      protocol         = "-1"
      from_port        = 8443
      to_port          = 8443
      type             = "ingress"
      cidr_blocks      = ["0.0.0.0/0"]
      ipv6_cidr_blocks = ["::/0"]
    }
    egress_all = {
      description      = "Node all egress"
      protocol         = "-1"
      from_port        = 0
      to_port          = 0
      type             = "egress"
      cidr_blocks      = ["0.0.0.0/0"]
      ipv6_cidr_blocks = ["::/0"]
    }
  }

  eks_managed_node_groups = {
    default = {
      instance_types = ["${var.eks_worker_group_instance_type}"]
      min_size       = var.eks_worker_group_min_size
      max_size       = var.eks_worker_group_max_size
      desired_size   = var.eks_worker_group_desired_size
    }
  }
}

# Neither security group is attached to anything (§2.2).
resource "aws_security_group" "worker_group_mgmt" {
  name_prefix = "${var.environment_namespace}-worker_group_mgmt"
  vpc_id      = var.vpc_id

  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["10.0.0.0/8"]
  }
}

resource "aws_security_group" "all_worker_mgmt" {
  name_prefix = "${var.environment_namespace}-all_worker_management"
  vpc_id      = var.vpc_id

  ingress {
    from_port = 22
    to_port   = 22
    protocol  = "tcp"
    cidr_blocks = [
      "10.0.0.0/8",
      "172.16.0.0/12",
      "192.168.0.0/16",
    ]
  }
}
