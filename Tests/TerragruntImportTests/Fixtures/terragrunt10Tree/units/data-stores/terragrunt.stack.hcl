# A nested stack: its units are generated under the parent's .terragrunt-stack/data-stores.
unit "mysql" {
  source = "../mysql"
  path   = "mysql"
  values = {
    identifier     = "${values.environment}-yourschool"
    instance_class = values.instance_class
    vpc_path       = "../../../vpc"
  }
}
