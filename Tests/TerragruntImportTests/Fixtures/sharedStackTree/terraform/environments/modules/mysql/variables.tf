variable "shared_resource_namespace" {}
variable "environment_domain" {}
variable "db_prefix" {}
