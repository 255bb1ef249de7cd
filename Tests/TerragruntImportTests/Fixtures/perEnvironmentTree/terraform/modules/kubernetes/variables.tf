variable "environment_namespace" { type = string }
variable "kubernetes_cluster_version" {
  type    = string
  default = "1.21"
}
variable "eks_worker_group_instance_type" {
  type    = string
  default = "t3.medium"
}
variable "eks_worker_group_min_size" {
  type    = number
  default = 1
}
variable "eks_worker_group_max_size" {
  type    = number
  default = 1
}
variable "eks_worker_group_desired_size" {
  type    = number
  default = 1
}
variable "vpc_id" { type = string }
variable "private_subnet_ids" { type = list(string) }
variable "map_roles" {
  type = list(object({
    rolearn  = string
    username = string
    groups   = list(string)
  }))
  default = []
}
variable "map_users" {
  type    = list(any)
  default = []
}
variable "tags" { default = {} }
