include "root" {
  path   = find_in_parent_folders()
  expose = true
}

terraform {
  source = "../../modules//vpc"
}

inputs = {
  name = include.root.locals.stack_namespace
  cidr = "192.168.0.0/20"
  azs  = [for letter in ["a", "b", "c"] : "${include.root.locals.aws_region}${letter}"]

  public_subnets      = [for i in range(1, 4) : "192.168.${i}.0/24"]
  private_subnets     = [for i in range(4, 7) : "192.168.${i}.0/24"]
  database_subnets    = ["192.168.8.0/24", "192.168.9.0/24"]
  elasticache_subnets = ["192.168.10.0/24", "192.168.11.0/24"]

  enable_nat_gateway     = true
  single_nat_gateway     = true
  one_nat_gateway_per_az = false
}
