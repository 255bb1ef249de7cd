variable "environment_namespace" {}
variable "environment_domain" {}
variable "node_type" {}
variable "subnet_ids" {}
