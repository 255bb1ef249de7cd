include "root" {
  path   = find_in_parent_folders()
  expose = true
}

dependencies {
  paths = ["../vpc", "../kubernetes"]
}

dependency "vpc" {
  config_path = "../vpc"
  mock_outputs = {
    vpc_id           = "fake-vpc-id"
    database_subnets = ["fake-subnetid-01", "fake-subnetid-02"]
    vpc_cidr_block   = "fake-cidr-block"
  }
}

terraform {
  source = "../../modules//mysql"
}

inputs = {
  identifier            = include.root.locals.stack_namespace
  stack_namespace       = include.root.locals.stack_namespace
  instance_class        = "db.t2.small"
  allocated_storage     = 10
  max_allocated_storage = 1000
  subnet_ids            = dependency.vpc.outputs.database_subnets
  vpc_cidr_block        = dependency.vpc.outputs.vpc_cidr_block
}
