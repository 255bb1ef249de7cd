variable "environment_namespace" {}
variable "environment_domain" {}
