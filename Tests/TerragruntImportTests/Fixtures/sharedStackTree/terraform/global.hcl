# Global parameters of the platform (cookiecutter-openedx-devops HEAD, terraform/global.hcl)
locals {
  platform_name              = "yourschool"
  platform_region            = "global"
  shared_resource_identifier = "live"
  root_domain                = "yourschool.edu"
  aws_region                 = "us-east-1"
  account_id                 = "123456789012"

  tags = {
    Platform        = local.platform_name
    Platform-Region = local.platform_region
    Terraform       = "true"
  }
}
