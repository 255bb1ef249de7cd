# The prod environment as a Terragrunt stack: `terragrunt stack generate` writes each unit
# under .terragrunt-stack/<path>; `terragrunt run --all apply` runs them in dependency order.
locals {
  environment = "prod"
}

unit "vpc" {
  source = "../../units/vpc"
  path   = "vpc"
  values = {
    cidr = "10.20.0.0/16"
  }
}

stack "data-stores" {
  source = "../../units/data-stores"
  path   = "data-stores"
  values = {
    environment    = local.environment
    instance_class = "db.t3.medium"
  }
}
