import Foundation
import HCL

/// `edxplan-bench parse [megabytes]`: parses a generated corpus (default 50 MB) of Terragrunt
/// and Terraform files written in the cookiecutter's style, file by file as an import would,
/// and prints the median throughput of several rounds and the peak memory. The corpus is built
/// in memory so the timings measure the parser, not the disk.
enum ParseBenchmark {
    static func run(_ arguments: [Int]) throws {
        let megabytes = max(1, arguments.first ?? 50)
        let rounds = max(1, arguments.dropFirst().first ?? 5)
        let corpus = Corpus.generate(bytes: megabytes * 1_000_000)
        let total = corpus.reduce(0) { $0 + $1.text.utf8.count }
        let clock = ContinuousClock()
        var times: [Double] = []
        var cpuTimes: [Double] = []
        var items = 0
        for _ in 0..<rounds {
            items = 0
            let start = clock.now
            let cpuStart = threadCPUMilliseconds()
            for file in corpus {
                // Every generated file is valid: a syntax error is a parser bug, not a data point.
                items += try Parser.parse(file.text, file: file.name).items.count
            }
            times.append(Measure.milliseconds(clock.now - start))
            cpuTimes.append(threadCPUMilliseconds() - cpuStart)
        }
        let megabytesParsed = Double(total) / 1_000_000
        let rates = times.map { megabytesParsed / ($0 / 1000) }
        print("edxplan-bench parse: \(corpus.count) files, \(String(format: "%.1f", megabytesParsed)) MB, "
              + "\(items) top-level items, \(rounds) rounds")
        print(Measure.line("parse (median)", Measure.median(times))
              + String(format: "   (min %.2f, max %.2f)", times.min() ?? 0, times.max() ?? 0))
        print(String(format: "  throughput %.1f MB/s (median; best %.1f MB/s)", Measure.median(rates), rates.max() ?? 0))
        // On a shared machine the wall clock includes waiting for a core; CPU time does not.
        print(String(format: "  CPU time %.2f ms median: %.1f MB/s of CPU", Measure.median(cpuTimes),
                     megabytesParsed / (Measure.median(cpuTimes) / 1000)))
        print(String(format: "  peak resident memory %.1f MiB", Measure.peakResidentMiB()))
    }

    static func threadCPUMilliseconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) * 1000 + Double(time.tv_nsec) / 1e6
    }
}

/// Generated Terragrunt trees: per environment a root `terragrunt.hcl` and `env.hcl`, and per
/// module a `terragrunt.hcl` plus `main.tf`, `variables.tf` and `outputs.tf`. Names and numbers
/// vary with the index so identifiers, strings and numbers are not all the same few bytes.
enum Corpus {
    struct File {
        var name: String
        var text: String
    }

    static let modules = ["vpc", "kubernetes", "mysql", "redis", "mongodb", "s3_openedx_storage", "acm", "cloudfront"]

    static func generate(bytes target: Int) -> [File] {
        var files: [File] = []
        var size = 0
        var index = 0
        while size < target {
            let environment = "env\(index)"
            let root = "terraform/environments/\(environment)"
            var tree = [File(name: "\(root)/terragrunt.hcl", text: rootTerragrunt(environment)),
                        File(name: "\(root)/env.hcl", text: environmentLocals(environment, index))]
            for (offset, module) in modules.enumerated() {
                let n = index * modules.count + offset
                tree.append(File(name: "\(root)/\(module)/terragrunt.hcl", text: moduleTerragrunt(module, n)))
                tree.append(File(name: "terraform/modules/\(module)\(n)/main.tf", text: mainTF(module, n)))
                tree.append(File(name: "terraform/modules/\(module)\(n)/variables.tf", text: variablesTF(module, n)))
                tree.append(File(name: "terraform/modules/\(module)\(n)/outputs.tf", text: outputsTF(module, n)))
            }
            size += tree.reduce(0) { $0 + $1.text.utf8.count }
            files += tree
            index += 1
        }
        return files
    }

    static func rootTerragrunt(_ environment: String) -> String {
        #"""
        #------------------------------------------------------------------------------
        # written by: Lawrence McDaniel
        #             https://lawrencemcdaniel.com/
        #
        # date:       Mar-2022
        #
        # usage:      root Terragrunt configuration for \#(environment); every module includes it.
        #------------------------------------------------------------------------------
        locals {
          global_vars      = read_terragrunt_config(find_in_parent_folders("global.hcl"))
          environment_vars = read_terragrunt_config(find_in_parent_folders("env.hcl"))
          aws_region       = local.global_vars.locals.aws_region
          account_id       = local.global_vars.locals.account_id
          namespace        = local.environment_vars.locals.environment_namespace
        }

        generate "provider" {
          path      = "provider.tf"
          if_exists = "overwrite_terragrunt"
          contents  = <<EOF
        provider "aws" {
          region              = "${local.aws_region}"
          allowed_account_ids = ["${local.account_id}"]
        }
        EOF
        }

        remote_state {
          backend = "s3"
          config = {
            encrypt        = true
            bucket         = "${get_env("TG_BUCKET_PREFIX", local.account_id)}-terraform-tfstate"
            key            = "${path_relative_to_include()}/terraform.tfstate"
            region         = local.aws_region
            dynamodb_table = "${local.namespace}-terraform-lock"
          }
        }

        /* Configure root level variables that all resources can inherit. This is especially
           helpful with multi-account configs where terraform_remote_state data sources are
           placed directly into the modules. */
        inputs = merge(
          local.global_vars.locals,
          local.environment_vars.locals,
        )

        """#
    }

    static func environmentLocals(_ environment: String, _ n: Int) -> String {
        #"""
        # Environment-wide settings for \#(environment): sizing defaults live here.
        locals {
          environment           = "\#(environment)"
          environment_domain    = "courses\#(n).yourschool.edu"
          environment_namespace = "${local.environment}-yourschool-usa_east"
          mysql_instance_class  = "db.t2.small"
          redis_node_type       = "cache.t2.small"   // the smallest that holds a session store
          eks_worker_group_instance_type = "t3.large"
          eks_worker_group_min_size      = \#(1 + n % 3)
          eks_worker_group_max_size      = \#(2 + n % 5)
          eks_worker_group_desired_size  = 1
          mysql_allocated_storage        = \#(10 + n % 90)
          ratio                          = 0.\#(n % 100)5e-1
          tags = {
            Environment = local.environment
            "Cost-Center" = "cc-\#(n % 17)"
          }
        }

        """#
    }
}

extension Corpus {
    static func moduleTerragrunt(_ module: String, _ n: Int) -> String {
        #"""
        #------------------------------------------------------------------------------
        # \#(module) (\#(n)): Terragrunt wiring; the Terraform code is in ../../modules.
        #------------------------------------------------------------------------------
        include "root" {
          path = find_in_parent_folders()
        }

        locals {
          environment_vars = read_terragrunt_config(find_in_parent_folders("env.hcl"))
          global_vars      = read_terragrunt_config(find_in_parent_folders("global.hcl"))
          environment      = local.environment_vars.locals.environment
          namespace        = "${local.environment_vars.locals.environment_namespace}-\#(module)"
          instance_class   = local.environment_vars.locals.mysql_instance_class
          tags = merge(
            local.environment_vars.locals.tags,
            local.global_vars.locals.tags,
            { Name = "${local.namespace}-\#(n)" },
          )
        }

        dependencies {
          paths = ["../vpc", "../kubernetes", "../kubernetes_secrets"]
        }

        dependency "vpc" {
          config_path = "../vpc"

          # Configure mock outputs for the `validate` and `plan` commands that are returned
          # when there are no outputs available (e.g the module hasn't been applied yet).
          mock_outputs_allowed_terraform_commands = ["init", "validate", "plan", "destroy"]
          mock_outputs = {
            vpc_id           = "vpc-\#(String(n, radix: 16))"
            private_subnets  = ["subnet-\#(n)a", "subnet-\#(n)b", "subnet-\#(n)c"]
            database_subnets = ["subnet-\#(n)d", "subnet-\#(n)e"]
            vpc_cidr_block   = "192.168.0.0/20"
          }
        }

        dependency "kubernetes" {
          config_path  = "../kubernetes"
          mock_outputs = { cluster_id = "eks-\#(n)", oidc_provider_arn = "arn:aws:iam::123456789012:oidc-provider/x" }
        }

        terraform {
          source = "../../../modules//\#(module)"
        }

        inputs = {
          identifier              = local.namespace
          instance_class          = local.instance_class
          allocated_storage       = \#(10 + n % 500)
          max_allocated_storage   = \#(100 + n % 900)
          multi_az                = \#(n % 2 == 0 ? "false" : "true")
          skip_final_snapshot     = true
          deletion_protection     = false
          backup_retention_period = \#(n % 35)
          vpc_id                  = dependency.vpc.outputs.vpc_id
          subnet_ids              = dependency.vpc.outputs.database_subnets
          allowed_cidr_blocks     = [dependency.vpc.outputs.vpc_cidr_block]
          cluster_id              = dependency.kubernetes.outputs.cluster_id
          port                    = local.environment == "prod" ? 3306 : 3307
          tags                    = local.tags
        }

        """#
    }

    static func mainTF(_ module: String, _ n: Int) -> String {
        #"""
        /* \#(module) module \#(n): resources and the registry modules it calls.
         * Comments of every kind appear here, as in the cookiecutter's .tf files.
         */
        data "aws_availability_zones" "available" {
          state = "available"
        }

        module "\#(module)_\#(n)" {
          source  = "terraform-aws-modules/rds/aws"
          version = "~> 4.2.0"

          identifier             = var.identifier
          engine                 = "mysql"
          engine_version         = "5.7.33"
          family                 = "mysql5.7" # DB parameter group
          major_engine_version   = "5.7"      # DB option group
          instance_class         = var.instance_class
          allocated_storage      = var.allocated_storage
          max_allocated_storage  = var.max_allocated_storage * 2 + 10 - (var.allocated_storage % 7)
          port                   = var.port
          multi_az               = var.multi_az && length(var.subnet_ids) > 1
          subnet_ids             = var.subnet_ids
          vpc_security_group_ids = [aws_security_group.this.id]
          create_random_password = !var.skip_password
          tags                   = merge(var.tags, { Module = "\#(module)" })
        }

        resource "aws_security_group" "this" {
          name_prefix = "${var.identifier}-\#(n)-"
          description = "Allow MySQL traffic from within the VPC"
          vpc_id      = var.vpc_id

          dynamic "ingress" {
            for_each = toset(var.allowed_cidr_blocks)
            content {
              description = "from ${ingress.value}"
              from_port   = var.port
              to_port     = var.port
              protocol    = "tcp"
              cidr_blocks = [ingress.value]
            }
          }

          egress {
            from_port        = 0
            to_port          = 0
            protocol         = "-1"
            cidr_blocks      = ["0.0.0.0/0"]
            ipv6_cidr_blocks = ["::/0"]
          }
        }

        resource "aws_s3_bucket" "storage" {
          count         = var.create_bucket ? \#(1 + n % 3) : 0
          bucket        = lower("${var.identifier}-storage-${count.index}")
          force_destroy = true
        }

        resource "kubernetes_secret" "\#(module)" {
          metadata {
            name      = "\#(module)"
            namespace = "openedx"
          }
          data = {
            HOST     = module.\#(module)_\#(n).db_instance_address
            PORT     = tostring(var.port)
            BUCKETS  = join(",", aws_s3_bucket.storage[*].id)
            ARNS     = jsonencode(aws_s3_bucket.storage.*.arn)
            ZONES    = join(",", [for i, z in data.aws_availability_zones.available.names : "${i}:${upper(z)}" if i < 3])
            BY_NAME  = jsonencode({ for s in var.subnet_ids : s => length(s)... })
            FIRST    = try(var.subnet_ids[0], "none")
          }
        }

        locals {
          policy = <<-EOT
            {
              "Version": "2012-10-17",
              "Statement": [
                %{ for i, arn in aws_s3_bucket.storage[*].arn ~}
                {"Effect": "Allow", "Action": "s3:*", "Resource": "${arn}/*"}%{ if i < length(aws_s3_bucket.storage) - 1 },%{ endif }
                %{ endfor ~}
              ]
            }
          EOT
          greeting = "Hello, %{ if var.identifier != "" }${var.identifier}%{ else }unnamed%{ endif } (\#(n))!"
          escaped  = "literal $${not_interpolated} and %%{not_a_directive} \t\"quoted\"\n"
          ratios   = [1.5, 2.25e3, \#(n), -\#(n % 10), 0.\#(n % 97)]
          flags    = { enabled = true, disabled = false, unset = null }
        }

        """#
    }

    static func variablesTF(_ module: String, _ n: Int) -> String {
        let names = ["identifier", "instance_class", "allocated_storage", "max_allocated_storage", "port", "multi_az",
                     "subnet_ids", "allowed_cidr_blocks", "vpc_id", "skip_password", "create_bucket", "tags"]
        var text = "# Variables of \(module) \(n): every input Terragrunt passes and its default.\n\n"
        for (i, name) in names.enumerated() {
            text += #"""
            variable "\#(name)" {
              description = "The \#(name.replacingOccurrences(of: "_", with: " ")) of \#(module) (module \#(n))."
              type        = \#(i % 3 == 0 ? "string" : i % 3 == 1 ? "number" : "list(string)")
              default     = \#(i % 3 == 0 ? "\"\(name)-\(n)\"" : i % 3 == 1 ? "\(n % 1000 + i)" : "[\"a\", \"b\"]")

              validation {
                condition     = length(var.\#(name)) > 0 || var.\#(name) == null
                error_message = "The \#(name) must not be empty."
              }
            }


            """#
        }
        return text
    }

    static func outputsTF(_ module: String, _ n: Int) -> String {
        #"""
        output "address" {
          description = "The address of the \#(module) instance \#(n)."
          value       = module.\#(module)_\#(n).db_instance_address
        }

        output "security_group_ids" {
          value = [aws_security_group.this.id] // one group per module
        }

        output "bucket_arns" {
          value     = aws_s3_bucket.storage[*].arn
          sensitive = false
        }

        output "summary" {
          value = {
            for k, v in { address = module.\#(module)_\#(n).db_instance_address, port = var.port } :
            upper(k) => v if v != null
          }
        }

        """#
    }
}
