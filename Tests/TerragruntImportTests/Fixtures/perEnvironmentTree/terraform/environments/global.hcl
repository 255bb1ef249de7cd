# Global variables: shared by every environment of the platform.
locals {
  platform_name    = "yourschool"
  platform_region  = "usa_east"
  root_domain      = "yourschool.edu"
  aws_region       = "us-east-1"
  account_id       = "123456789012"
  ec2_ssh_key_name = "any-valid-pem-key-file-name"

  tags = {
    Platform        = local.platform_name
    Platform-Region = local.platform_region
    Terraform       = "true"
  }
}
