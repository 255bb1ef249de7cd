variable "stack_namespace" { type = string }
variable "kubernetes_cluster_version" { default = "1.22" }
variable "eks_worker_group_instance_type" { default = "t3.large" }
variable "eks_worker_group_min_size" { default = 1 }
variable "eks_worker_group_max_size" { default = 2 }
variable "eks_worker_group_desired_size" { default = 1 }
variable "vpc_id" {}
variable "private_subnet_ids" {}
