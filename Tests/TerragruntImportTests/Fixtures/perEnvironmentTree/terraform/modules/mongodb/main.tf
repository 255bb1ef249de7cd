#------------------------------------------------------------------------------
# usage: create a DocumentDB cluster (MongoDB 3.6 compatible)
#------------------------------------------------------------------------------
resource "random_password" "mongodb_admin" {
  length  = 16
  special = false
}

resource "aws_security_group" "mongo_cluster" {
  name        = "${var.environment_namespace}-mongodb"
  description = "DocumentDB"
  vpc_id      = var.vpc_id

  /* The egress rule is commented out in the cookiecutter:
  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }
  */
}

resource "aws_security_group_rule" "ingress_security_groups" {
  type              = "ingress"
  from_port         = 27017
  to_port           = 27017
  protocol          = "tcp"
  cidr_blocks       = var.ingress_cidr_blocks
  security_group_id = aws_security_group.mongo_cluster.id
}

resource "aws_docdb_cluster" "default" {
  cluster_identifier              = var.name
  master_username                 = "root"
  master_password                 = random_password.mongodb_admin.result
  backup_retention_period         = var.retention_period
  preferred_backup_window         = var.preferred_backup_window
  final_snapshot_identifier       = lower(var.name)
  skip_final_snapshot             = var.skip_final_snapshot
  deletion_protection             = var.deletion_protection
  apply_immediately               = var.apply_immediately
  storage_encrypted               = var.storage_encrypted
  port                            = 27017
  vpc_security_group_ids          = [aws_security_group.mongo_cluster.id]
  db_subnet_group_name            = aws_docdb_subnet_group.default.name
  db_cluster_parameter_group_name = "mongo-cluster-param-group" # a literal: no edge to the group (H12)
  engine                          = var.engine
  engine_version                  = var.engine_version
  tags                            = var.tags
}

resource "aws_docdb_cluster_instance" "default" {
  count                      = var.cluster_size
  identifier                 = "${var.name}-${count.index + 1}"
  cluster_identifier         = aws_docdb_cluster.default.id
  apply_immediately          = var.apply_immediately
  instance_class             = var.instance_class
  engine                     = var.engine
  auto_minor_version_upgrade = true
  tags                       = var.tags
}

resource "aws_docdb_subnet_group" "default" {
  name       = "mongodb_subnet_group"
  subnet_ids = var.subnet_ids
}

resource "aws_docdb_cluster_parameter_group" "no_tls" {
  family      = "docdb3.6"
  name        = "mongo-cluster-param-group"
  description = "DocDB cluster parameter group"

  parameter {
    name         = "tls"
    value        = "disabled"
    apply_method = "pending-reboot"
  }
}
