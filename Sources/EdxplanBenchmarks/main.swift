import Foundation

// Release-build benchmarks (never timed unit tests):
//   swift run -c release edxplan-bench cost [environments] [iterations]
//   swift run -c release edxplan-bench infra [environments ...]   (infra-memory, infra-disk: one side only)
//   swift run -c release edxplan-bench rehearse [runs] [faults%]
//   swift run -c release edxplan-bench size [iterations]
//   swift run -c release edxplan-bench account [calls]
//   swift run -c release edxplan-bench parse [megabytes] [rounds]
//   swift run -c release edxplan-bench import [mebibytes]          (a generated AWS offer file, streamed)
//   swift run -c release edxplan-bench state [megabytes]           (account import-state of a generated state tree)
//   swift run -c release edxplan-bench plan-json [megabytes|FILE] [iterations]   (a generated `terraform show -json` plan, or FILE, priced)
//   swift run -c release edxplan-bench fuzz yaml|hcl|import|offer|state|plan [inputs] [seed]   (fuzz-one <target> FILE replays one)
let arguments = Array(CommandLine.arguments.dropFirst())
do {
    switch arguments.first {
    case "infra": try InfrastructureBenchmark.run(arguments.dropFirst().compactMap { Int($0) })
    case "infra-memory": try InfrastructureBenchmark.run(arguments.dropFirst().compactMap { Int($0) }, sides: [false])
    case "infra-disk": try InfrastructureBenchmark.run(arguments.dropFirst().compactMap { Int($0) }, sides: [true])
    case "size": try SizingBenchmark.run(arguments.dropFirst().compactMap { Int($0) })
    case "rehearse": try RehearsalBenchmark.run(arguments.dropFirst().compactMap { Int($0) })
    case "account": try AccountCallBenchmark.run(arguments.dropFirst().compactMap { Int($0) })
    case "cost": try CostBenchmark.run(arguments.dropFirst().compactMap { Int($0) })
    case "parse": try ParseBenchmark.run(arguments.dropFirst().compactMap { Int($0) })
    case "import": try ImportBenchmark.run(arguments.dropFirst().compactMap { Int($0) })
    case "state": try StateImportBenchmark.run(arguments.dropFirst().compactMap { Int($0) })
    case "plan-json": try PlanBenchmark.run(Array(arguments.dropFirst()))
    case "fuzz": try Fuzz.run(Array(arguments.dropFirst()))
    case "fuzz-one": try Fuzz.replay(Array(arguments.dropFirst()))
    default: try CostBenchmark.run(arguments.compactMap { Int($0) })
    }
} catch {
    FileHandle.standardError.write(Data("edxplan-bench: \(error)\n".utf8))
    exit(2)
}
