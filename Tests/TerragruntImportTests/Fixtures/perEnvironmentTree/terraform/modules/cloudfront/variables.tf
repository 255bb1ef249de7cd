variable "environment_domain" { type = string }
variable "resource_name" { type = string }
variable "aws_region" { type = string }
