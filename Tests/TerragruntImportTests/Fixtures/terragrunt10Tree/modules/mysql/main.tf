variable "identifier" { type = string }
variable "instance_class" { default = "db.t3.micro" }
variable "allocated_storage" { default = 10 }
variable "skip_final_snapshot" { default = true }
variable "vpc_id" { type = string }

resource "aws_db_instance" "this" {
  identifier          = var.identifier
  engine              = "mysql"
  instance_class      = var.instance_class
  allocated_storage   = var.allocated_storage
  skip_final_snapshot = var.skip_final_snapshot
}
