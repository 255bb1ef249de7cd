variable "environment_domain" {}
