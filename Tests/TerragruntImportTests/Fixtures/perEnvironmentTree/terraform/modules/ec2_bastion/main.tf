#------------------------------------------------------------------------------
# usage: a bastion host in the first public subnet
#------------------------------------------------------------------------------
data "aws_ami" "ubuntu" {
  most_recent = true
  filter {
    name   = "name"
    values = ["ubuntu/images/hvm-ssd/ubuntu-focal-20.04-amd64-server-*"]
  }
  owners = ["099720109477"] # Canonical
}

data "aws_key_pair" "common_key" {
  key_name = var.ec2_ssh_key_name
}

resource "aws_security_group" "sg_bastion" {
  name        = "${var.environment_namespace}-bastion"
  description = "Public ssh access"
  vpc_id      = var.vpc_id

  ingress {
    description = "public ssh from anywhere"
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }

  egress {
    from_port        = 0
    to_port          = 0
    protocol         = "-1"
    cidr_blocks      = ["0.0.0.0/0"]
    ipv6_cidr_blocks = ["::/0"]
  }
}

resource "aws_instance" "bastion" {
  ami                    = data.aws_ami.ubuntu.id
  instance_type          = "t2.micro"
  availability_zone      = var.availability_zone
  subnet_id              = var.subnet_id
  key_name               = data.aws_key_pair.common_key.key_name
  vpc_security_group_ids = [aws_security_group.sg_bastion.id]
  tags                   = { Name = "${var.environment_namespace}-bastion" }
}

resource "aws_eip" "elasticip" {
  instance = aws_instance.bastion.id
}

data "aws_route53_zone" "environment_domain" {
  name = var.environment_domain
}

resource "aws_route53_record" "bastion" {
  zone_id = data.aws_route53_zone.environment_domain.id
  name    = "bastion.${var.environment_domain}"
  type    = "A"
  ttl     = "600"
  records = [aws_eip.elasticip.public_ip]
}

resource "random_pet" "name" {}
