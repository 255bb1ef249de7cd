variable "aws_region" { type = string }
variable "root_domain" { type = string }
variable "environment_domain" { type = string }
variable "name" { type = string }
variable "cidr" {
  type    = string
  default = "10.0.0.0/16"
}
variable "azs" { type = list(string) }
variable "public_subnets" { type = list(string) }
variable "private_subnets" { type = list(string) }
variable "database_subnets" { type = list(string) }
variable "elasticache_subnets" { type = list(string) }
variable "enable_ipv6" { default = false }
variable "enable_dns_hostnames" { default = true }
variable "enable_nat_gateway" {
  type    = bool
  default = false
}
variable "single_nat_gateway" {
  type    = bool
  default = false
}
variable "one_nat_gateway_per_az" {
  type    = bool
  default = false
}
variable "public_subnet_tags" { default = {} }
variable "private_subnet_tags" { default = {} }
variable "tags" { default = {} }
