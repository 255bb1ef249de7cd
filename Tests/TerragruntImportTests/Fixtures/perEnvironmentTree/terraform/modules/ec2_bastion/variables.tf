variable "environment_namespace" { type = string }
variable "environment_domain" { type = string }
variable "ec2_ssh_key_name" { type = string }
variable "availability_zone" { type = string }
variable "vpc_id" { type = string }
variable "subnet_id" { type = string }
variable "ingress_cidr_blocks" { type = list(string) }
