import Foundation

/// `edxplan-bench fuzz yaml|hcl|import|offer|state|plan [inputs] [seed]`: a seeded mutation fuzzer. Each
/// input is a corpus file (the repository's own scenarios, Terragrunt fixtures, offer files)
/// changed by a few byte- and token-level mutations, handed to the target in this process.
/// A refusal (any thrown error) is a pass; a crash or a hang is what it looks for: a signal
/// handler and a watchdog write the input that did it to `fuzz-<target>-<seed>-<n>.input`
/// before the process dies, and `edxplan-bench fuzz-one <target> FILE` replays it. The same
/// target, count and seed give the same inputs.
enum Fuzz {
    /// An input that takes this long is a hang.
    static let hangSeconds = 10.0

    static func run(_ arguments: [String]) throws {
        guard let name = arguments.first, let target = FuzzTarget.named(name) else {
            throw FuzzUsage.unknownTarget(arguments.first ?? "")
        }
        let count = arguments.dropFirst().first.flatMap { Int($0) } ?? 10_000
        let seed = arguments.dropFirst(2).first.flatMap { UInt64($0) } ?? 1
        let corpus = try target.corpus()
        var random = SplitMix(seed: seed)
        var refused = 0, accepted = 0
        var slowest = 0.0, slowestIndex = 0
        let clock = ContinuousClock()
        let start = clock.now
        Watchdog.start(target: name, seed: seed)
        for index in 0..<count {
            let base = corpus[Int(random.next() % UInt64(corpus.count))]
            let other = corpus[Int(random.next() % UInt64(corpus.count))]
            let input = FuzzTarget.frame(base.name, Mutator.mutate(base.data, splice: other.data, tokens: target.tokens, random: &random))
            Watchdog.begin(index: index, input: input)
            let began = clock.now
            if target.accepts(input) { accepted += 1 } else { refused += 1 }
            let seconds = Measure.milliseconds(clock.now - began) / 1000
            if seconds > slowest { slowest = seconds; slowestIndex = index }
            if (index + 1) % 100_000 == 0 {
                FileHandle.standardError.write(Data("  \(index + 1) inputs, \(Int(Measure.milliseconds(clock.now - start) / 1000)) s\n".utf8))
            }
        }
        Watchdog.finish()
        let total = Measure.milliseconds(clock.now - start) / 1000
        print(String(format: "fuzz %@: %d inputs (seed %llu) in %.1f s, %.0f a second: %d refused, %d accepted, no crash, no hang; "
                     + "slowest input #%d took %.3f s", name, count, seed, total, Double(count) / max(total, 0.001),
                     refused, accepted, slowestIndex, slowest))
    }

    /// `edxplan-bench fuzz-one <target> FILE`: one saved input, to reproduce a finding.
    static func replay(_ arguments: [String]) throws {
        guard arguments.count == 2, let target = FuzzTarget.named(arguments[0]) else { throw FuzzUsage.unknownTarget(arguments.first ?? "") }
        let input = try Data(contentsOf: URL(fileURLWithPath: arguments[1]))
        _ = try target.corpus() // prepares what the target reads (the import's tree)
        print(target.accepts(input) ? "accepted" : "refused")
    }
}

enum FuzzUsage: Error, CustomStringConvertible {
    case unknownTarget(String)
    var description: String {
        "unknown fuzz target '\(self)'; usage: edxplan-bench fuzz yaml|hcl|import|offer|state|plan [inputs] [seed], or fuzz-one <target> FILE"
    }
}

/// SplitMix64: small, fast and the same on every platform.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func below(_ bound: Int) -> Int { bound <= 1 ? 0 : Int(next() % UInt64(bound)) }
}
