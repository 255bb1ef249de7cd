include "root" {
  path = find_in_parent_folders("root.hcl")
}

terraform {
  source = "${get_parent_terragrunt_dir("root")}/modules//mysql"
}

dependency "vpc" {
  config_path = values.vpc_path
  mock_outputs = {
    vpc_id = "vpc-00000000"
  }
}

inputs = {
  identifier          = values.identifier
  instance_class      = values.instance_class
  allocated_storage   = 20
  skip_final_snapshot = false
  vpc_id              = dependency.vpc.outputs.vpc_id
}
