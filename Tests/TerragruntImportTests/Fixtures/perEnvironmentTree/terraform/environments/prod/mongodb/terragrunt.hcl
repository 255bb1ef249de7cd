#------------------------------------------------------------------------------
# usage: create a DocumentDB (MongoDB-compatible) cluster
#------------------------------------------------------------------------------
locals {
  environment_vars       = read_terragrunt_config(find_in_parent_folders("env.hcl"))
  environment_namespace  = local.environment_vars.locals.environment_namespace
  environment_domain     = local.environment_vars.locals.environment_domain
  mongodb_instance_class = local.environment_vars.locals.mongodb_instance_class
  mongodb_cluster_size   = local.environment_vars.locals.mongodb_cluster_size
  tags                   = local.environment_vars.locals.tags
}

dependencies {
  paths = ["../kubernetes", "../kubernetes_secrets", "../vpc"]
}

dependency "vpc" {
  config_path = "../vpc"

  mock_outputs = {
    vpc_id           = "fake-vpc-id"
    database_subnets = ["fake-subnetid-01", "fake-subnetid-02"]
    vpc_cidr_block   = "fake-cidr-block"
  }
}

dependency "kubernetes" {
  config_path = "../kubernetes"
}

terraform {
  source = "../../../modules//mongodb"
}

include {
  path = find_in_parent_folders()
}

inputs = {
  name                    = "${local.environment_namespace}-mongodb"
  environment_namespace   = local.environment_namespace
  environment_domain      = local.environment_domain
  instance_class          = local.mongodb_instance_class
  cluster_size            = local.mongodb_cluster_size
  engine                  = "docdb"
  engine_version          = "3.6.0"
  retention_period        = 7
  preferred_backup_window = "07:00-09:00"
  deletion_protection     = false
  skip_final_snapshot     = true
  storage_encrypted       = false
  apply_immediately       = false

  # Inputs the module ignores (cloudposse-style labels and parameters).
  availability_zones = ["us-east-1a", "us-east-1b"]
  cluster_parameters = [
    { name = "tls", value = "disabled" },
    { name = "ttl_monitor", value = "enabled" },
  ]
  reader_dns_name     = "mongodb.reader"
  subnet_ids          = dependency.vpc.outputs.database_subnets
  vpc_id              = dependency.vpc.outputs.vpc_id
  ingress_cidr_blocks = [dependency.vpc.outputs.vpc_cidr_block]
  tags                = local.tags
}
