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
    vpc_id         = "fake-vpc-id"
    public_subnets = ["fake-public-subnet-01"]
  }
}

terraform {
  source = "../../modules//ec2_bastion"
}

inputs = {
  stack_namespace = include.root.locals.stack_namespace
  vpc_id          = dependency.vpc.outputs.vpc_id
  subnet_id       = dependency.vpc.outputs.public_subnets[0]
}
