import Diagnostics
@testable import HCL
import TestSupport
import Testing

/// Random and truncated inputs must give a value or a thrown error, never a trap.
@Suite struct FuzzTests {
    static let sample = """
    include "root" {
      path = find_in_parent_folders()
    }
    locals {
      env   = read_terragrunt_config(find_in_parent_folders("env.hcl", "x"))
      ns    = "${local.env.locals.environment}-x-%{ if true }y%{ else }n%{ endif }"
      items = [for i, s in ["a", "b"] : "${i}:${s}" if s != "c"]
      m     = {for k, v in { a = 1, "b" : 2 } : k => v... if v > 0}
      h     = <<-EOF
        one ${1 + 2 * 3}
        %{ for x in [1, 2] ~}
        ${x}
        %{ endfor ~}
        EOF
      t     = try(local.env.locals.nope, coalesce(null, "d"))
      s     = [{ id = 1 }][*].id
      a     = { x = [1, 2] }.*.x[0]
      f     = format("%s %d %q", "a", 1, "b") == "" ? !false : -1 % 2
    }
    dependency "vpc" {
      config_path  = "../vpc"
      mock_outputs = { vpc_id = "vpc-1", private_subnets = ["s1", "s2"] }
    }
    inputs = merge(local.env, { subnets = dependency.vpc.outputs.private_subnets, x = max([1, 2]...) })
    /* tail */ # c
    // c
    """

    /// Evaluates every attribute of `body` (and of its blocks) so the evaluator is fuzzed too.
    static func exercise(_ text: String) {
        guard let body = try? Parser.parse(text, file: "fuzz.hcl") else { return }
        let evaluator = Evaluator(variables: ["dependency": ["vpc": ["outputs": .unknown]]],
                                  context: .files(["/r/env.hcl": text], terragruntDir: "/r/m"))
        _ = try? evaluator.evaluateLocals(body.blocks("locals").flatMap(\.body.attributes))
        for attribute in body.attributes + body.blocks.flatMap(\.body.attributes) {
            _ = try? evaluator.evaluate(attribute.value)
        }
        _ = try? TerragruntFile.read(text, file: "fuzz.hcl", context: .files(["/r/env.hcl": text], terragruntDir: "/r/m"))
    }

    @Test func truncationsOfAValidFile() {
        let bytes = Array(Self.sample.utf8)
        #expect((try? Parser.parse(Self.sample, file: "s.hcl")) != nil)
        for end in stride(from: 0, through: bytes.count, by: 3) {
            Self.exercise(String(decoding: bytes[..<end], as: UTF8.self))
        }
    }

    @Test func randomMutations() {
        var generator = SplitMix(seed: 2026)
        let bytes = Array(Self.sample.utf8)
        let alphabet = Array("{}[]()\"$%~<>=!&|?:.,*/-+#\n \\abc019EOF".utf8)
        for _ in 0..<400 {
            var mutated = bytes
            for _ in 0..<Int(generator.next() % 6 + 1) {
                let at = Int(generator.next() % UInt64(mutated.count))
                switch generator.next() % 3 {
                case 0: mutated.remove(at: at)
                case 1: mutated.insert(alphabet[Int(generator.next() % UInt64(alphabet.count))], at: at)
                default: mutated[at] = alphabet[Int(generator.next() % UInt64(alphabet.count))]
                }
            }
            Self.exercise(String(decoding: mutated, as: UTF8.self))
        }
    }

    /// A module's main.tf in the cookiecutter's style, the second real input mutated below.
    static let mainTF = """
    /* rds: the registry module and its security group */
    module "mysql" {
      source         = "terraform-aws-modules/rds/aws"
      version        = "~> 4.2.0"
      identifier     = var.identifier # é, 日本
      instance_class = var.instance_class
      ports          = [for p in var.ports : p * 2 if p > 0]
      tags           = merge(var.tags, { Name = "${var.identifier}-db" })
    }

    resource "aws_security_group" "this" {
      count = var.create ? 1 : 0
      dynamic "ingress" {
        for_each = toset(var.cidrs)
        content {
          cidr_blocks = [ingress.value]
        }
      }
    }

    locals {
      ids    = aws_security_group.this[*].id
      policy = <<-EOT
        %{ for arn in local.ids ~}
        "${arn}/*"
        %{ endfor ~}
      EOT
    }
    """

    /// Every input gives a body or a syntax error whose position is inside the text: a line that
    /// exists and a column at most one past that line's last character.
    static func expectLocatedOrParsed(_ text: String) {
        do {
            _ = try Parser.parse(text, file: "m.tf")
        } catch let error as HCLError {
            guard case .syntax(let location, let message) = error else {
                Issue.record("parsing threw a non-syntax error: \(error)")
                return
            }
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            #expect(location.file == "m.tf")
            #expect(!message.isEmpty)
            #expect(location.line >= 1 && location.line <= lines.count, "\(location) outside \(lines.count) lines")
            if location.line >= 1, location.line <= lines.count {
                let width = lines[location.line - 1].unicodeScalars.count
                #expect(location.column >= 1 && location.column <= width + 1, "\(location) past a line of \(width)")
            }
        } catch {
            Issue.record("parsing threw \(error)")
        }
    }

    /// Byte-wise mutations of real files (any byte value, so also invalid UTF-8 and controls),
    /// including cuts in the middle of a multi-byte character.
    @Test(arguments: [("terragrunt.hcl", sample), ("main.tf", mainTF)])
    func byteMutationsOfRealFiles(name: String, text: String) {
        var generator = SplitMix(seed: UInt64(name.utf8.count) &* 7919)
        let bytes = Array(text.utf8)
        for _ in 0..<1_500 {
            var mutated = bytes
            for _ in 0..<Int(generator.next() % 4 + 1) {
                let at = Int(generator.next() % UInt64(mutated.count))
                let byte = UInt8(truncatingIfNeeded: generator.next())
                switch generator.next() % 4 {
                case 0: mutated.remove(at: at)
                case 1: mutated.insert(byte, at: at)
                case 2: mutated[at] = byte
                default: mutated.swapAt(at, Int(generator.next() % UInt64(mutated.count)))
                }
                if mutated.isEmpty { mutated = [10] }
            }
            let mutatedText = String(decoding: mutated, as: UTF8.self)
            Self.expectLocatedOrParsed(mutatedText)
            Self.exercise(mutatedText)
        }
    }

    @Test func randomBytes() {
        var generator = SplitMix(seed: 7)
        for _ in 0..<300 {
            let length = Int(generator.next() % 200)
            let bytes = (0..<length).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
            Self.exercise(String(decoding: bytes, as: UTF8.self))
        }
    }
}

@Suite struct HostileInputTests {
    @Test func longChainsOfLocalsAreBounded() throws {
        let count = 5_000
        var text = "locals {\n"
        for i in 0..<count { text += "  l\(i) = [local.l\(i + 1)]\n" }
        text += "  l\(count) = 1\n}\n"
        let body = try Parser.parse(text, file: "chain.hcl")
        #expect(throws: HCLError.self) { try Evaluator().evaluateLocals(body.blocks[0].body.attributes) }
        let short = try Parser.parse("locals {\n  a = local.b\n  b = local.c\n  c = 1\n}", file: "ok.hcl")
        #expect(try Evaluator().evaluateLocals(short.blocks[0].body.attributes)["a"] == 1)
    }

    @Test func hugeFormatPrecisionIsCapped() throws {
        #expect(try evaluate(#"format("%.999999999f", 1)"#).stringValue?.count == 32)
    }
}
