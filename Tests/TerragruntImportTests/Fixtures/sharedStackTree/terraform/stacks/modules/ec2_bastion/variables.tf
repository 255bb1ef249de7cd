variable "stack_namespace" {}
variable "root_domain" {}
variable "vpc_id" {}
variable "subnet_id" {}
