output "vpc_id" { value = module.vpc.vpc_id }
output "vpc_cidr_block" { value = module.vpc.vpc_cidr_block }
output "public_subnets" { value = module.vpc.public_subnets }
output "private_subnets" { value = module.vpc.private_subnets }
output "database_subnets" { value = module.vpc.database_subnets }
output "elasticache_subnets" { value = module.vpc.elasticache_subnets }
output "public_subnets_cidr_blocks" { value = module.vpc.public_subnets_cidr_blocks }
