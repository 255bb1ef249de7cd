#------------------------------------------------------------------------------
# usage: create the S3 bucket for Open edX storage and an IAM user for it
#------------------------------------------------------------------------------
locals {
  environment_vars      = read_terragrunt_config(find_in_parent_folders("env.hcl"))
  environment_namespace = local.environment_vars.locals.environment_namespace
  environment_domain    = local.environment_vars.locals.environment_domain
}

dependencies {
  paths = ["../kubernetes", "../kubernetes_secrets", "../vpc"]
}

dependency "vpc" {
  config_path = "../vpc"
  mock_outputs = { vpc_id = "fake-vpc-id" }
}

dependency "kubernetes" {
  config_path = "../kubernetes"
}

terraform {
  source = "../../../modules//s3_openedx_storage"
}

include {
  path = find_in_parent_folders()
}

inputs = {
  environment_namespace = local.environment_namespace
  environment_domain    = local.environment_domain
  resource_name         = "${local.environment_namespace}-storage"
  secret_name           = "s3-openedx-storage"
}
