variable "environment_namespace" { type = string }
variable "environment_domain" { type = string }
variable "identifier" { type = string }
variable "name" { type = string }
variable "engine" { default = "mysql" }
variable "engine_version" { default = "5.7.33" }
variable "family" { default = "mysql5.7" }
variable "major_engine_version" { default = "5.7" }
variable "instance_class" { default = "db.t2.micro" }
variable "allocated_storage" {
  type    = number
  default = 5
}
variable "create_random_password" { default = true }
variable "backup_retention_period" { default = 1 }
variable "deletion_protection" { default = true }
variable "skip_final_snapshot" { default = false }
variable "subnet_ids" { type = list(string) }
variable "vpc_id" { type = string }
variable "ingress_cidr_blocks" { type = list(string) }
variable "tags" { default = {} }
