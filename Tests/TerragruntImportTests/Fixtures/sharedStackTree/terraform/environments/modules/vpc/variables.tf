variable "root_domain" {}
variable "environment_domain" {}
variable "environment_namespace" {}
