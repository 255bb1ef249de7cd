resource "aws_db_subnet_group" "mysql_subnet_group" {
  name       = "mysql_subnet_group"
  subnet_ids = var.subnet_ids
}

module "db" {
  source  = "terraform-aws-modules/rds/aws"
  version = "~> 4.3.0"

  identifier            = var.identifier
  engine                = "mysql"
  engine_version        = "5.7.33"
  family                = "mysql5.7"
  major_engine_version  = "5.7"
  instance_class        = var.instance_class
  allocated_storage     = var.allocated_storage
  max_allocated_storage = var.max_allocated_storage
  storage_encrypted     = false
  multi_az              = false
  db_subnet_group_name  = aws_db_subnet_group.mysql_subnet_group.name

  backup_retention_period = 7
  deletion_protection     = false
  skip_final_snapshot     = true
}

data "aws_eks_cluster" "eks" {
  name = var.stack_namespace
}
