#------------------------------------------------------------------------------
# usage: create an RDS MySQL instance (terraform-aws-modules/rds v4)
#------------------------------------------------------------------------------
resource "aws_db_subnet_group" "mysql_subnet_group" {
  name       = "mysql_subnet_group" # hard-coded: unique per account and region (H17)
  subnet_ids = var.subnet_ids
  tags       = var.tags
}

module "security_group" {
  source  = "terraform-aws-modules/security-group/aws"
  version = "~> 4.9"

  name        = "${var.environment_namespace}-mysql"
  description = "MySQL security group"
  vpc_id      = var.vpc_id

  ingress_with_cidr_blocks = [
    {
      from_port   = 3306
      to_port     = 3306
      protocol    = "tcp"
      description = "MySQL access from within VPC"
      cidr_blocks = join(",", var.ingress_cidr_blocks)
    },
  ]
  egress_rules = ["all-all"]
}

module "db" {
  source  = "terraform-aws-modules/rds/aws"
  version = "~> 4.2.0"

  identifier = var.identifier

  engine               = var.engine
  engine_version       = var.engine_version
  family               = var.family
  major_engine_version = var.major_engine_version
  instance_class       = var.instance_class

  allocated_storage     = var.allocated_storage
  max_allocated_storage = 0
  storage_encrypted     = true

  db_name                = var.name
  username               = "root"
  create_random_password = var.create_random_password
  port                   = 3306

  multi_az               = false
  db_subnet_group_name   = aws_db_subnet_group.mysql_subnet_group.name
  vpc_security_group_ids = [module.security_group.security_group_id]

  maintenance_window      = "Sun:00:00-Sun:03:00"
  backup_window           = "03:00-06:00"
  backup_retention_period = var.backup_retention_period
  deletion_protection     = var.deletion_protection
  skip_final_snapshot     = var.skip_final_snapshot

  performance_insights_enabled    = false
  monitoring_interval             = 0
  enabled_cloudwatch_logs_exports = []

  parameters = [
    { name = "character_set_client", value = "utf8mb4" },
    { name = "character_set_server", value = "utf8mb4" },
  ]
  tags = var.tags
}
