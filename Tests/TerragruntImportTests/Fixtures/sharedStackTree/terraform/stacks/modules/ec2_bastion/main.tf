resource "tls_private_key" "bastion" {
  algorithm = "RSA"
  rsa_bits  = 4096
}

resource "aws_key_pair" "bastion" {
  key_name   = "${var.stack_namespace}-bastion"
  public_key = tls_private_key.bastion.public_key_openssh
}

resource "aws_security_group" "sg_bastion" {
  name   = "${var.stack_namespace}-bastion"
  vpc_id = var.vpc_id

  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

# The EKS node security groups, found by tag (§5).
data "aws_security_group" "eks_node" {
  tags = { Name = "${var.stack_namespace}-node" }
}

module "bastion" {
  source = "terraform-aws-modules/ec2-instance/aws" # no version pin

  name                   = "${var.stack_namespace}-bastion"
  instance_type          = "t2.micro"
  key_name               = aws_key_pair.bastion.key_name
  subnet_id              = var.subnet_id
  vpc_security_group_ids = [aws_security_group.sg_bastion.id, data.aws_security_group.eks_node.id]

  root_block_device = [
    {
      volume_type = "gp2"
      volume_size = 100
    },
  ]
}

data "aws_route53_zone" "root_domain" {
  name = var.root_domain
}

resource "aws_route53_record" "bastion" {
  zone_id = data.aws_route53_zone.root_domain.id
  name    = "bastion.${var.root_domain}"
  type    = "A"
  ttl     = "600"
  records = [module.bastion.public_ip]
}
