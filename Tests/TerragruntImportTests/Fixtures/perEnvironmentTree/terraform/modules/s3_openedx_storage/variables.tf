variable "environment_namespace" { type = string }
variable "environment_domain" { type = string }
variable "aws_region" { type = string }
variable "resource_name" { type = string }
variable "secret_name" { type = string }
