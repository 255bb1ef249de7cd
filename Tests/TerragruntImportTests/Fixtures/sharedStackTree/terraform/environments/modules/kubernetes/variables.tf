variable "shared_resource_namespace" {}
variable "environment" {}
