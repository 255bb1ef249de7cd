variable "environment_namespace" { type = string }
variable "environment_domain" { type = string }
variable "vpc_id" { type = string }
