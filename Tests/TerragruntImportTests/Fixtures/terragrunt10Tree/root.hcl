# Root configuration every unit includes, as Terragrunt 1.0 writes it: `errors` blocks
# instead of retryable_errors / retry_max_attempts / retry_sleep_interval_sec (removed in 0.93).
remote_state {
  backend = "s3"
  config = {
    bucket       = "yourschool-terraform-tfstate"
    key          = "${path_relative_to_include()}/terraform.tfstate"
    region       = "us-east-1"
    encrypt      = true
    use_lockfile = true
  }
}

errors {
  retry "transient_errors" {
    retryable_errors   = [".*Error: transient network issue.*", "(?s).*InvalidDBParameterGroupState.*"]
    max_attempts       = 4
    sleep_interval_sec = 30
  }

  ignore "known_safe_errors" {
    ignorable_errors = [".*Warning: non-critical issue.*", "!.*Error: do not ignore.*"]
    message          = "Ignoring non-critical warnings"
    signals = {
      alert_team = false
    }
  }
}
