variable "identifier" {}
variable "stack_namespace" {}
variable "instance_class" {}
variable "allocated_storage" {}
variable "max_allocated_storage" { default = 0 }
variable "subnet_ids" {}
variable "vpc_cidr_block" {}
