variable "environment_namespace" { type = string }
variable "namespace" {
  type    = string
  default = "openedx"
}
