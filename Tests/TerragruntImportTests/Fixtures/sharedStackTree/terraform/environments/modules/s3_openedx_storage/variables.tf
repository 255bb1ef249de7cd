variable "environment_namespace" {}
variable "shared_resource_namespace" {}
