#------------------------------------------------------------------------------
# usage: create an RDS MySQL instance
#------------------------------------------------------------------------------
locals {
  environment_vars = read_terragrunt_config(find_in_parent_folders("env.hcl"))
  global_vars      = read_terragrunt_config(find_in_parent_folders("global.hcl"))

  env                   = local.environment_vars.locals.environment
  environment_namespace = local.environment_vars.locals.environment_namespace
  environment_domain    = local.environment_vars.locals.environment_domain
  mysql_instance_class  = local.environment_vars.locals.mysql_instance_class
  tags                  = merge(local.environment_vars.locals.tags, local.global_vars.locals.tags)
}

dependencies {
  paths = ["../kubernetes", "../kubernetes_secrets", "../vpc"]
}

dependency "vpc" {
  config_path = "../vpc"

  mock_outputs_allowed_terraform_commands = ["init", "validate", "plan"]
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
  source = "../../../modules//mysql"
}

include {
  path = find_in_parent_folders()
}

inputs = {
  # AWS RDS instance identifier
  identifier            = local.env
  environment_namespace = local.environment_namespace
  environment_domain    = local.environment_domain
  name                  = "openedx"

  engine               = "mysql"
  engine_version       = "5.7.33"
  family               = "mysql5.7"
  major_engine_version = "5.7"
  instance_class       = local.mysql_instance_class
  allocated_storage    = 10

  # NOTE: the cookiecutter passes these as strings.
  deletion_protection     = "false"
  skip_final_snapshot     = "true"
  create_random_password  = "true"
  backup_retention_period = 7

  subnet_ids          = dependency.vpc.outputs.database_subnets
  vpc_id              = dependency.vpc.outputs.vpc_id
  ingress_cidr_blocks = [dependency.vpc.outputs.vpc_cidr_block]
  tags                = local.tags
}
